import { describe, expect, it } from "vitest";
import { classify, defaultOptions, readable } from "../../../src/themes/classify.ts";
import { evidence, findPhrases } from "../../../src/themes/lexicon.ts";
import { trainModel } from "../../../src/themes/train-model.ts";
import type { Lexicon } from "../../../src/schemas/theme.ts";

const lexicon = (id: string, keywords: Record<string, number>, examples: string[] = []): Lexicon => ({ id, name: id, summary: id, order: 0, keywords, examples });
const lexicons = [
  lexicon("struggle", { 好人主义: 3, 好人: 2, 批评: 1 }),
  lexicon("people", { 群众: 1, 为群众办实事: 3, 服务群众: 3 }),
  lexicon("study", { 理论学习: 3, 学用脱节: 3, 浅尝辄止: 3 }),
  lexicon("style", { 形式主义: 3, 八项规定: 1 }),
  lexicon("integrity", { 八项规定: 2, 廉洁: 3 }),
];
// The lexicon pass alone: no profile places anything.
const book = { ...trainModel(lexicons), profiles: {} };

describe("findPhrases", () => {
  it("takes the longest phrase and never counts a shorter one inside it, across themes too", () => {
    expect(findPhrases("存在好人主义，当老好人", book.phrasebook).map((f) => f.term)).toEqual(["好人主义", "好人"]);
    expect(findPhrases("为群众办实事不够", book.phrasebook).map((f) => f.term)).toEqual(["为群众办实事"]);
  });

  it("credits a phrase shared by two lexicons to both", () => {
    expect(evidence("落实八项规定", book.phrasebook)).toEqual(new Map([["style", 1], ["integrity", 2]]));
  });
});

describe("classify", () => {
  it("puts no theme on a passage the lexicon cannot place", () => {
    expect(classify("", "工作中还有差距。", book)).toEqual({ themes: [], confidence: 0, basis: "none" });
  });

  it("needs more than one weak word: a single 群众 is not evidence enough", () => {
    expect(classify("", "与群众交流还不够多，还有差距。", book).themes).toEqual([]);
  });

  it("lets the headline outweigh a longer body that piles up another theme's words", () => {
    const text = "理论学习有所松懈。服务群众不够，为群众办实事不多，服务群众的办法少。";
    const got = classify("理论学习有所松懈", text, book);
    expect(got.themes[0]).toBe("study");
    expect(got.themes).toContain("people");
  });

  it("decides by the body where the headline names no theme", () => {
    const text = "存在差距。学用脱节，浅尝辄止。";
    expect(classify("存在差距", text, book).themes).toEqual(["study"]);
  });

  it("gives at most maxThemes themes, most fitting first, with a confidence between 0 and 1", () => {
    const text = "学用脱节，浅尝辄止，形式主义，好人主义，廉洁不够，服务群众少。";
    const got = classify("", text, book, { ...defaultOptions, maxThemes: 2 });
    expect(got.themes).toHaveLength(2);
    expect(got.themes[0]).toBe("study");
    expect(got.confidence).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThanOrEqual(1);
  });

  it("is deterministic: ties are broken by theme id", () => {
    const a = classify("", "形式主义，好人主义。", book);
    expect(a.themes).toEqual(["struggle", "style"]);
  });
});

describe("further themes", () => {
  it("include a theme the body dwells on even when the headline names another", () => {
    // The headline makes struggle first by far; style holds half the body.
    const text = "好人主义。形式主义，好人主义。";
    expect(classify("好人主义", text, book).themes).toEqual(["struggle", "style"]);
    expect(classify("好人主义", text, book, { ...defaultOptions, bodyShare: 1 }).themes).toEqual(["struggle"]);
  });
});

describe("the profile pass", () => {
  const model = trainModel([
    lexicon("spirit", { 改造主观世界: 3, 理想信念: 3, 党性修养: 3 }, ["理想信念有所动摇", "党性锻炼不够经常"]),
    lexicon("study", { 理论学习: 3, 学用脱节: 3, 学习: 1 }, ["学习不够系统深入", "学习效果不明显"]),
    lexicon("style", { 形式主义: 3, 文山会海: 3 }, ["会议文件过多", "检查考核过多过频"]),
  ]);

  it("places a reworded phrase the lexicon misses, and says so", () => {
    const got = classify("对主观世界的自觉改造抓得不紧", "对主观世界的自觉改造抓得不紧。平时放松了要求。", model);
    expect(got).toMatchObject({ themes: ["spirit"], basis: "profile" });
    expect(got.confidence).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThanOrEqual(1);
  });

  it("lets a single weak word point the way where the lexicon alone would not place the item", () => {
    expect(classify("", "学习效果不够好，学得零碎。", book).themes).toEqual([]);
    expect(classify("", "学习效果不够好，学得零碎。", model)).toMatchObject({ themes: ["study"], basis: "profile" });
  });

  it("leaves text that is near no profile unplaced", () => {
    expect(classify("", "以上发言，请大家批评指正。", model)).toEqual({ themes: [], confidence: 0, basis: "none" });
  });

  it("leaves an item unplaced when two profiles are about as near", () => {
    const strict = { ...defaultOptions, minMargin: 100 };
    expect(classify("", "学习效果不够好，学得零碎。", model, strict).themes).toEqual([]);
  });

  it("never overrides what the lexicon placed", () => {
    expect(classify("形式主义", "形式主义。学习不够系统深入。", model)).toMatchObject({ themes: ["style"], basis: "lexicon" });
  });
});

describe("readable", () => {
  it("leaves out pinyin glosses in brackets after characters, and nothing else", () => {
    expect(readable("理(li)论(lun)学(xue)(xue)习(xi)不够")).toBe("理论学习不够");
    expect(readable("学（xué）用脱节")).toBe("学用脱节");
    expect(readable("落实(2021年)要求，(一)学习")).toBe("落实(2021年)要求，(一)学习");
  });

  it("lets the lexicon read a glossed passage", () => {
    expect(classify("", "理(li)论(lun)学(xue)(xue)习(xi)浅尝辄止。", book).themes).toEqual(["study"]);
  });
});
