import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { markdownParse } from "../../../../src/parse/normalize/markdown-parse.ts";
import { plain } from "../../../../src/parse/normalize/remark-normalize.ts";

function parse(md: string): Root {
  return unified().use(markdownParse).parse(md) as Root;
}

function lines(md: string): string[] {
  return parse(md).children.flatMap((n) => (n.type === "paragraph" ? [plain(n as Paragraph)] : []));
}

describe("markdownParse", () => {
  it("turns headings into plain lines that keep their text and numbers", () => {
    expect(lines("# 某某对照检查材料\n\n## 一、存在的主要问题\n\n### （一）学习方面\n\n正文。")).toEqual([
      "某某对照检查材料",
      "一、存在的主要问题",
      "（一）学习方面",
      "正文。",
    ]);
  });

  it("makes one paragraph per line, as the text parser does", () => {
    expect(lines("第一行。\n第二行。\n\n第三行。")).toEqual(["第一行。", "第二行。", "第三行。"]);
  });

  it("keeps an ordered list item's number as written, since it is the item's enumerator", () => {
    expect(lines("1. 站位不高。\n2. 领悟力不强。\n\n3) 学用脱节。")).toEqual(["1.站位不高。", "2.领悟力不强。", "3)学用脱节。"]);
  });

  it("drops Markdown emphasis and bullets, keeping the words", () => {
    expect(lines("- **站位**不高\n- *领悟力*不强\n\n> 引用的话")).toEqual(["站位不高", "领悟力不强", "引用的话"]);
  });

  it("keeps raw HTML as the characters it is", () => {
    expect(lines("转发含有<script>alert(1)</script>字样的链接。\n\n<div>块</div>")).toEqual([
      "转发含有<script>alert(1)</script>字样的链接。",
      "<div>块</div>",
    ]);
  });

  it("keeps redaction placeholders that look like Markdown", () => {
    expect(lines("帮扶对象XX家中，某某同志，*** 处")).toEqual(["帮扶对象XX家中，某某同志，*** 处"]);
  });

  it("keeps the frontmatter as a yaml node for remarkFrontmatterMeta", () => {
    const tree = parse("---\nunit: 经开区\n---\n\n正文。");
    expect(tree.children[0]).toMatchObject({ type: "yaml", value: "unit: 经开区" });
  });
});
