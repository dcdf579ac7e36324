import type { Paragraph, Root } from "mdast";
import { plain } from "../parse/normalize/remark-normalize.ts";
import "../parse/structure/mdast-data.ts";
import type { ThemeModel } from "./model.ts";
import { classifyItem } from "./sections.ts";

export interface ThemesOptions {
  /** The classifier's model before the corpus lends its passages: lexicons and their examples (see train-model.ts). */
  model: ThemeModel;
}

/** Tags every item paragraph of review/problem/cause/measure with the themes of the whole item (continuations included). */
export function remarkThemes(options: ThemesOptions) {
  return (tree: Root) => {
    let item: { node: Paragraph; text: string } | null = null;
    const done = () => {
      if (!item) return;
      const { themes, confidence, basis } = classifyItem(item.node.data?.section ?? "preamble", item.text, options.model);
      item.node.data = { ...item.node.data, themes, confidence, basis };
      item = null;
    };
    for (const node of tree.children) {
      if (node.type === "paragraph" && node.data?.role === "continuation" && item) {
        item.text += `\n${plain(node)}`;
        continue;
      }
      done();
      if (node.type === "paragraph" && node.data?.role === "item") item = { node, text: plain(node) };
    }
    done();
  };
}
