import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { plain, remarkNormalize } from "../../../../src/parse/normalize/remark-normalize.ts";
import { textParse } from "../../../../src/parse/normalize/text-parse.ts";

async function lines(text: string): Promise<string[]> {
  const processor = unified().use(textParse).use(remarkNormalize, { glossary: new Map([["dangshi", "党史"]]) });
  const tree = (await processor.run(processor.parse(text))) as Root;
  return tree.children.map((n) => plain(n as Paragraph));
}

describe("textParse + remarkNormalize", () => {
  it("makes one paragraph per non-empty line, whatever the line endings", async () => {
    expect(await lines("一、问题\r\n\r\n（一）学习\r二是\n\u2028三是")).toEqual(["一、问题", "（一）学习", "二是", "三是"]);
  });

  it("drops lines that are empty once normalized", async () => {
    expect(await lines("学习\n\u3000\u3000\n\u200b\n教育")).toEqual(["学习", "教育"]);
  });

  it("normalizes every line", async () => {
    expect(await lines("\u3000\u3000(一)dangshi 学 习")).toEqual(["（一）党史学习"]);
  });
});
