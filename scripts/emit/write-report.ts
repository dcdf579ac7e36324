import type { Paragraph, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { Document, isScalar, visit } from "yaml";
import type { Report } from "../../src/schemas/report.ts";
import "../../src/parse/structure/mdast-data.ts";

/** The generated Markdown file of a report: its data as frontmatter, its text as readable Markdown. */
export function reportMarkdown(report: Report, tree: Root): string {
  const body: RootContent[] = tree.children.map((node) => {
    if (node.type === "heading") return withMarker(node, node.data?.marker);
    if (node.type === "paragraph") return withMarker(node, node.data?.marker);
    return node;
  });
  const root: Root = {
    type: "root",
    children: [{ type: "yaml", value: frontmatter(report) }, ...body],
  };
  const header = "<!-- 由 scripts/ingest.ts 从 content/sources/ 生成，请勿手工修改。 -->\n\n";
  const md = unified().use(remarkFrontmatter, ["yaml"]).use(remarkStringify, { bullet: "-" }).stringify(root);
  return md.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${header}`);
}

/** The report as YAML, lists of plain values (themes) and each look-alike on one line, so files stay short. */
function frontmatter(report: Report): string {
  const doc = new Document(report);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
    Map(_, node) {
      if (node.has("jaccard")) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/** Puts the enumerator the parser took off back in front of the text, as the source had it. */
function withMarker<T extends Paragraph | (RootContent & { children: Paragraph["children"] })>(node: T, marker = ""): T {
  if (!marker) return node;
  const [first, ...rest] = node.children;
  if (first?.type !== "text") return node;
  return { ...node, children: [{ ...first, value: `${marker}${first.value}` }, ...rest] };
}
