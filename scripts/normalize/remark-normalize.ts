import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { normalizeLine, type Glossary } from "./normalize-text.ts";

export interface NormalizeOptions {
  /** Stand-ins to restore, from `content/glossary.yaml`. */
  glossary: Glossary;
}

/** Cleans every text node and drops paragraphs left empty. */
export function remarkNormalize(options: NormalizeOptions) {
  return (tree: Root) => {
    visit(tree, "text", (node) => {
      node.value = normalizeLine(node.value, options.glossary);
    });
    tree.children = tree.children.filter((n) => !(n.type === "paragraph" && plain(n) === ""));
  };
}

/** The concatenated text of a node's text children. */
export function plain(node: { children?: unknown[] }): string {
  return (node.children ?? []).map((c) => (c as { value?: string }).value ?? "").join("");
}
