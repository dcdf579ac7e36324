import type { Paragraph, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { dump } from "js-yaml";
import type { Report } from "../../src/schemas/report.ts";
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

/** The generated Markdown file of a report: its data as frontmatter, then its body (see markdownBody). */
export function reportMarkdown(report: Report, body: string): string {
  const yaml = unified().use(remarkFrontmatter, ["yaml"]).use(remarkStringify).stringify({ type: "root", children: [{ type: "yaml", value: frontmatter(report) }] });
  const header = "<!-- 由 scripts/ingest.ts 从 content/sources/ 生成，请勿手工修改。 -->\n\n";
  return `${yaml}\n${header}\n${body}`;
}

/**
 * The report as YAML. Collections three levels down (a passage's themes, links and look-alikes, a section's
 * aspects) go on one line each, so files stay short. js-yaml writes it about 5 times as fast as `yaml`.
 */
function frontmatter(report: Report): string {
  return dump(report, { flowLevel: 3, lineWidth: -1, noRefs: true, skipInvalid: true }).trimEnd();
}

/** Puts the enumerator the parser took off back in front of the text, as the source had it. */
function withMarker<T extends Paragraph | (RootContent & { children: Paragraph["children"] })>(node: T, marker = ""): T {
  if (!marker) return node;
  const [first, ...rest] = node.children;
  if (first?.type !== "text") return node;
  return { ...node, children: [{ ...first, value: `${marker}${first.value}` }, ...rest] };
}
