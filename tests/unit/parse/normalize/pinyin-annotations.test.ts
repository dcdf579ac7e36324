import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { plain, remarkNormalize } from "../../../../src/parse/normalize/remark-normalize.ts";
import { textParse } from "../../../../src/parse/normalize/text-parse.ts";
import { describe, expect, it } from "vitest";
import { stripPinyinAnnotations } from "../../../../src/parse/normalize/pinyin-annotations.ts";

describe("stripPinyinAnnotations", () => {
  it.each([
    ["學(xué)習(xí)", "學習"],
    ["學（xué）習（xí）教育", "學習教育"],
    ["学习(xuéxí)教育", "学习教育"],
    ["学习 （xué xí）教育", "学习教育"],
    ["綠(lǜ)色發展", "綠色發展"],
    ["学(xue2)习(xi2)", "学习"],
    ["学(xue)习(xi)", "学习"],
  ])("removes the reading in %s", (text, expected) => {
    expect(stripPinyinAnnotations(text)).toBe(expected);
  });

  it.each([
    "（一）理论学习方面",
    "在2021年度(2021年)民主生活会上",
    "会议材料(PPT)",
    "措施(a)",
    "平台(time)",
    "学习(line)",
    "(xué)开头没有汉字",
    "APP(ok)",
    "通过“学习强国”(app)学习",
  ])("keeps %s", (text) => {
    expect(stripPinyinAnnotations(text)).toBe(text);
  });
});

describe("remarkNormalize", () => {
  it("drops pinyin readings before the glossary could read one as a stand-in, and notes it", async () => {
    const processor = unified().use(textParse).use(remarkNormalize, { glossary: new Map([["dangshi", "党史"]]) });
    const file = new VFile({ value: "黨史(dǎng shǐ)學習\ndangshi學習" });
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    expect(tree.children.map((n) => plain(n as Paragraph))).toEqual(["黨史學習", "党史學習"]);
    expect(file.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/1 行中夹在字间的拼音注音/)]);
  });
});
