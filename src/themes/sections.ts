import { headlineOf } from "../parse/structure/headline.ts";
import type { SectionKind } from "../schemas/report.ts";
import { classify, type Classification } from "./classify.ts";
import type { ThemeModel } from "./model.ts";

/** Lead-ins, closings and sections of other kinds are formulas or facts about the meeting, not problems: they get no theme. */
const themed = new Set<SectionKind>(["review", "problem", "cause", "measure"]);

/** A passage of this section is classified (review, problem, cause, measure); any other gets no theme. */
export function classifiesSection(kind: SectionKind): boolean {
  return themed.has(kind);
}

/** The classification of an item's text (in simplified characters) as it stands in a section of this kind. */
export function classifyItem(kind: SectionKind, text: string, model: ThemeModel): Classification {
  return classifiesSection(kind) ? classify(headlineOf(text), text, model) : { themes: [], confidence: 0, basis: "none" };
}
