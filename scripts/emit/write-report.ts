import type { Paragraph, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { ReportFile } from "../../src/schemas/report.ts";
import "../../src/parse/structure/mdast-data.ts";

/**
 * A report's text as readable Markdown, with the enumerators put back: made once when the source is parsed, so
 * the corpus and the parse cache hold this string rather than the syntax tree (several times its size).
 */
export function markdownBody(tree: Root): string {
  const body: RootContent[] = tree.children.map((node) => {
    if (node.type === "heading") return withMarker(node, node.data?.marker);
    if (node.type === "paragraph") return withMarker(node, node.data?.marker);
    return node;
  });
  return unified().use(remarkStringify, { bullet: "-" }).stringify({ type: "root", children: body });
}

/** The generated Markdown file of a report: its data as frontmatter (JSON), then its body (see markdownBody). */
export function reportMarkdown(report: ReportFile, body: string): string {
  const yaml = unified().use(remarkFrontmatter, ["yaml"]).use(remarkStringify).stringify({ type: "root", children: [{ type: "yaml", value: frontmatter(report) }] });
  const header = "<!-- 由 scripts/ingest.ts 从 content/sources/ 生成，请勿手工修改。 -->\n\n";
  return `${yaml}\n${header}\n${body}`;
}

/**
 * The report as JSON, which is YAML too (frontmatter readers take it as such), a field a line. The site reads a
 * report's file each time a page of it is rendered: JSON.parse reads it ten times as fast as a YAML parser.
 */
function frontmatter(report: ReportFile): string {
  return `{\n${Object.entries(report)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(",\n")}\n}`;
}

/** Puts the enumerator the parser took off back in front of the text, as the source had it. */
function withMarker<T extends Paragraph | (RootContent & { children: Paragraph["children"] })>(node: T, marker = ""): T {
  if (!marker) return node;
  const [first, ...rest] = node.children;
  if (first?.type !== "text") return node;
  return { ...node, children: [{ ...first, value: `${marker}${first.value}` }, ...rest] };
}
