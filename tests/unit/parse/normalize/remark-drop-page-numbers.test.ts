import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { barePageNumbers, remarkDropPageNumbers } from "../../../../src/parse/normalize/remark-drop-page-numbers.ts";
import { plain } from "../../../../src/parse/normalize/remark-normalize.ts";
import { textParse } from "../../../../src/parse/normalize/text-parse.ts";

async function drop(text: string): Promise<string[]> {
  const processor = unified().use(textParse).use(remarkDropPageNumbers);
  const tree = (await processor.run(processor.parse(text))) as Root;
  return tree.children.map((n) => plain(n as Paragraph));
}

describe("remarkDropPageNumbers", () => {
  it.each(["— 3 —", "—3—", "- 3 -", "-12-", "－ ３ －", "第 3 页", "第 3 頁", "第3頁 共10頁", "第3页 共10页", "第3页，共10页", "共10页 第3页", "3/10", " 3 / 10 "])(
    "drops the page-number line %j",
    async (line) => {
      expect(await drop(`学习不够深入，\n${line}\n满足于一知半解。`)).toEqual(["学习不够深入，", "满足于一知半解。"]);
    },
  );

  it("keeps lines that merely contain numbers or dashes", async () => {
    const lines = ["1、站位不高。", "2021年度", "——以上是我的发言", "第3页的内容", "共3个方面"];
    expect(await drop(lines.join("\n"))).toEqual(lines);
  });

  it("drops bare numbers that count pages, and keeps a lone number or a column of numbers", async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `正文第${i}行。`);
    const paged = [...body(8), "1", ...body(8), "2", ...body(8), "3", ...body(2)];
    expect(await drop(paged.join("\n"))).toEqual(paged.filter((l) => !/^\d$/.test(l)));
    const table = ["序号", "1", "学习", "2", "调研", "3", "作风"];
    expect(await drop(table.join("\n"))).toEqual(table);
    expect(await drop(["甲。", "7", "乙。"].join("\n"))).toEqual(["甲。", "7", "乙。"]);
  });
});

describe("barePageNumbers", () => {
  it("needs consecutive numbers some lines apart", () => {
    const lines = ["a", "a", "a", "a", "a", "a", "4", "a", "a", "a", "a", "a", "a", "6", "a", "a", "a", "a", "a", "a", "7"];
    expect([...barePageNumbers(lines)]).toEqual([13, 20]);
  });
});
