import type { Paragraph, Root } from "mdast";
import { plain } from "../normalize/remark-normalize.ts";
import { headlineOf } from "../structure/headline.ts";
import "../structure/mdast-data.ts";
import { classify } from "./classify.ts";
import type { Lexicon } from "./load-themes.ts";

export interface ThemesOptions {
  /** The theme lexicons from `content/themes/`. */
  lexicons: Lexicon[];
}

/** Tags every item paragraph with the themes of the whole item (its continuations included). */
export function remarkThemes(options: ThemesOptions) {
  return (tree: Root) => {
    let item: { node: Paragraph; text: string } | null = null;
    const done = () => {
      if (!item) return;
      const { themes, confidence } = classify(headlineOf(item.text), item.text, options.lexicons);
      item.node.data = { ...item.node.data, themes, confidence };
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
