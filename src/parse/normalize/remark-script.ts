import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { isTraditional, toSimplified } from "../../text/script.ts";
import "../structure/mdast-data.ts";

/**
 * A report in traditional characters is read in simplified ones: every text node is replaced by its
 * simplified form, so that the section, item and theme plugins, which know simplified words, read it as
 * they read any report. The text as written is kept in `file.data.script` for `remarkRestoreScript`.
 */
export function remarkSimplify() {
  return (tree: Root, file: VFile) => {
    const nodes: Text[] = [];
    visit(tree, "text", (node) => {
      nodes.push(node);
    });
    const original = nodes.map((n) => n.value).join("");
    const simplified = toSimplified(original);
    if (!isTraditional(original, simplified)) return;
    let at = 0;
    for (const node of nodes) {
      node.value = simplified.slice(at, at + node.value.length);
      at += node.value.length;
    }
    file.data.script = { original, simplified };
    file.info("正文是繁体字：按简体字分节、归类、检索，页面显示原文");
  };
}

/**
 * Puts the characters as written back into every text node of a report read in simplified characters,
 * keeping the simplified text in the node's data for the emitter. The plugins in between only cut the text
 * (markers, headings split off, points split out), never rewrite it, and keep its order: each node's text is
 * found in the simplified text after the previous node's, at the offsets of its original (the conversion keeps
 * lengths). A node whose text is not found there, made by a later rewrite, keeps its simplified text.
 */
export function remarkRestoreScript() {
  return (tree: Root, file: VFile) => {
    const script = file.data.script;
    if (!script) return;
    let from = 0;
    for (const node of tree.children) {
      if (node.type !== "heading" && node.type !== "paragraph") continue;
      const simplified: string[] = [];
      for (const child of node.children) {
        if (child.type !== "text") continue;
        const at = script.simplified.indexOf(child.value, from);
        simplified.push(child.value);
        if (at < 0) continue;
        from = at + child.value.length;
        child.value = script.original.slice(at, from);
      }
      node.data = { ...node.data, simplified: simplified.join("") };
    }
  };
}
