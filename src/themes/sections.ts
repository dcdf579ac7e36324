import { headlineOf } from "../parse/structure/headline.ts";
import type { SectionKind } from "../schemas/report.ts";
import { countsIn } from "../review/words.ts";
import { classify, type Classification } from "./classify.ts";
import type { ThemeModel } from "./model.ts";

/**
 * Lead-ins and closings are formulas about the meeting: they get no theme. Sections of other kinds (学习研讨情况,
 * 遵守政治纪律情况…) speak of the same matters as the problems do, and are classified like them; an item there
 * that only states facts (member counts) matches no type and stays unclassified.
 */
const themed = new Set<SectionKind>(["review", "problem", "cause", "measure", "other"]);

/** A passage of this section is classified (review, problem, cause, measure, other); a lead-in or closing gets no theme. */
export function classifiesSection(kind: SectionKind): boolean {
  return themed.has(kind);
}

const unplaced: Classification = { themes: [], confidence: 0, basis: "none" };

/**
 * The classification of an item's text (in simplified characters) as it stands in a section of this kind. In a
 * section of another kind, an item with counts that no lexicon phrase places states the unit's facts
 * (`支部现有党员23名，其中…`): its characters (党员, 支部) lean to a type, but it speaks of no problem.
 */
export function classifyItem(kind: SectionKind, text: string, model: ThemeModel): Classification {
  if (!classifiesSection(kind)) return unplaced;
  const placed = classify(headlineOf(text), text, model);
  return kind === "other" && placed.basis === "profile" && countsIn(text).length >= 2 ? unplaced : placed;
}
