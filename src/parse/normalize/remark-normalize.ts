import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { normalizeLine, stripCopyGuard, type Glossary } from "./normalize-text.ts";
import { stripPinyinAnnotations } from "./pinyin-annotations.ts";

export interface NormalizeOptions {
  /** Stand-ins to restore, from `content/glossary.yaml`. */
  glossary: Glossary;
}

/** Cleans every text node (a forum's anti-copy noise and pinyin readings removed first, and noted) and drops paragraphs left empty. */
export function remarkNormalize(options: NormalizeOptions) {
  return (tree: Root, file: VFile) => {
    let guarded = 0;
    let readings = 0;
    visit(tree, "text", (node) => {
      const unguarded = stripCopyGuard(node.value);
      if (unguarded !== node.value) guarded++;
      // Pinyin readings go before the glossary, which would take a reading for a stand-in.
      const unread = stripPinyinAnnotations(unguarded);
      if (unread !== unguarded) readings++;
      node.value = normalizeLine(unread, options.glossary);
    });
    tree.children = tree.children.filter((n) => !(n.type === "paragraph" && plain(n) === ""));
    if (guarded > 0) file.info(`删去了 ${guarded} 行中论坛防复制的乱码（如“e j\\ p] c_”）。`);
    if (readings > 0) file.info(`删去了 ${readings} 行中夹在字间的拼音注音（如“學(xué)習(xí)”）。`);
  };
}

/** The concatenated text of a node's text children. */
export function plain(node: { children?: unknown[] }): string {
  return (node.children ?? []).map((c) => (c as { value?: string }).value ?? "").join("");
}
