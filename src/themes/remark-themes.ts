import type { Paragraph, Root } from "mdast";
import type { SectionKind } from "../schemas/report.ts";
import { plain } from "../parse/normalize/remark-normalize.ts";
import { headlineOf } from "../parse/structure/headline.ts";
import "../parse/structure/mdast-data.ts";
import { classify, type Classification } from "./classify.ts";
import type { ThemeModel } from "./model.ts";

export interface ThemesOptions {
  /** The classifier's model before the corpus lends its passages: lexicons and their examples (see train-model.ts). */
  model: ThemeModel;
}

/** Lead-ins and closings are formulas about the meeting, not problems: they get no theme. */
const themed = new Set<SectionKind>(["review", "problem", "cause", "measure"]);

/** A passage of this section is classified (review, problem, cause, measure); any other gets no theme. */
export function classifiesSection(kind: SectionKind): boolean {
  return themed.has(kind);
}

/** The classification of an item's text (in simplified characters) as it stands in a section of this kind. */
export function classifyItem(kind: SectionKind, text: string, model: ThemeModel): Classification {
  return classifiesSection(kind) ? classify(headlineOf(text), text, model) : { themes: [], confidence: 0, basis: "none" };
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
