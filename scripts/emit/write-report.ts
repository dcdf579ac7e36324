import type { Paragraph, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { dump } from "js-yaml";
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
