import type { Nodes, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";
import { lineParagraphs } from "./text-parse.ts";

/**
 * A unified parser for Markdown sources. Headings, paragraphs, list items, quotes and code become
 * the same one-line paragraphs the text parser yields (a heading keeps its text, `## 二、存在的主要问题`
 * → `二、存在的主要问题`), so the same structure plugins read both; frontmatter stays as a `yaml` node.
 */
export const markdownParse: Plugin<[], string, Root> = function () {
  const markdown = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
  this.parser = (doc) => {
    const tree = markdown.parse(doc);
    const frontmatter = tree.children.filter((n) => n.type === "yaml");
    const lines = tree.children.flatMap((n) => blockLines(n, doc));
    return { type: "root", children: [...frontmatter, ...lineParagraphs(lines.join("\n"))] };
  };
};

/** The lines of text a block holds; an ordered list item keeps its number as written (`1.`), since it may be an enumerator. */
function blockLines(node: RootContent, doc: string): string[] {
  switch (node.type) {
    case "yaml":
    case "thematicBreak":
    case "definition":
      return [];
    case "heading":
    case "paragraph":
    case "tableCell":
      return [inlineText(node)];
    case "code":
    case "html":
      return [node.value];
    case "list":
      return node.children.flatMap((item) => {
        const [first, ...rest] = item.children.flatMap((child) => blockLines(child, doc));
        const marker = node.ordered ? listMarker(item, doc) : "";
        return first === undefined ? [] : [`${marker}${first}`, ...rest];
      });
    default:
      return "children" in node ? node.children.flatMap((child) => blockLines(child as RootContent, doc)) : [];
  }
}

/** The marker of an ordered list item as the source wrote it (`1.`, `2)`). */
function listMarker(item: RootContent, doc: string): string {
  const start = item.position?.start.offset;
  const body = "children" in item ? item.children[0]?.position?.start.offset : undefined;
  return start === undefined || body === undefined ? "" : doc.slice(start, body).trim();
}

/** The text of inline content, Markdown syntax dropped; raw HTML stays as the characters it is. */
function inlineText(node: Nodes): string {
  if (node.type === "break") return "\n";
  if (node.type === "image") return node.alt ?? "";
  if ("value" in node) return node.value;
  return "children" in node ? node.children.map((child) => inlineText(child as Nodes)).join("") : "";
}
