import type { Paragraph, Root } from "mdast";
import type { SectionKind } from "../schemas/report.ts";
import { plain } from "../parse/normalize/remark-normalize.ts";
import { headlineOf } from "../parse/structure/headline.ts";
import "../parse/structure/mdast-data.ts";
import { classify, phrasebook } from "./classify.ts";
import type { Lexicon } from "../schemas/theme.ts";

export interface ThemesOptions {
  /** The theme lexicons from `content/themes/`. */
  lexicons: Lexicon[];
}

/** Lead-ins and closings are formulas about the meeting, not problems: they get no theme. */
const themed = new Set<SectionKind>(["review", "problem", "cause", "measure"]);

/** Tags every item paragraph of review/problem/cause/measure with the themes of the whole item (continuations included). */
export function remarkThemes(options: ThemesOptions) {
  const book = phrasebook(options.lexicons);
  return (tree: Root) => {
    let item: { node: Paragraph; text: string } | null = null;
    const done = () => {
      if (!item) return;
      const { themes, confidence } = themed.has(item.node.data?.section ?? "preamble")
        ? classify(headlineOf(item.text), item.text, book)
        : { themes: [], confidence: 0 };
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
