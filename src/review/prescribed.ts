import type { PrescribedList } from "../schemas/prescribed.ts";
import type { Review } from "../schemas/review.ts";
import { phrasePattern, wordsOf } from "./words.ts";

/** The meeting a report's `meeting` names, as the lists are keyed: 民主生活会 or 组织生活会, else null. */
export function meetingKind(meeting: string | null): PrescribedList["meeting"] | null {
  if (meeting?.includes("民主生活会")) return "民主生活会";
  if (meeting?.includes("组织生活会")) return "组织生活会";
  return null;
}

/** The list key of a year and meeting: `2021-民主生活会`, also the data file's name. */
export const listKey = (year: number, meeting: string) => `${year}-${meeting}`;

/** The lists by their key, as a review looks one up. */
export const listsByKey = (lists: PrescribedList[]) => new Map(lists.map((l) => [listKey(l.year, l.meeting), l]));

/** What the problem section offers to match: aspect headings (by their anchor) and problem items. */
export interface ProblemText {
  aspects: { n: number; heading: string }[];
  /** Problem items, with the aspect they sit under (0 where none). */
  items: { id: string; aspect: number; text: string }[];
}

/**
 * Which prescribed aspects the problem section takes up: an aspect is covered when one of its keywords is in an
 * aspect heading (looked at first: that is where a report follows the notice) or else in a problem item. The items
 * under a heading that already answers to another prescribed aspect belong to that one: the formulas every aspect
 * repeats (两个维护, 从严治党) must not let an aspect cut out of the report count as covered.
 */
export function coverage(list: PrescribedList, problem: ProblemText): NonNullable<Review["prescribed"]> {
  const covered: string[] = [];
  const missing: string[] = [];
  const evidence: NonNullable<Review["prescribed"]>["evidence"] = [];
  const patterns = list.aspects.map((a) => phrasePattern(a.keywords));
  const answering = new Set(problem.aspects.filter((a) => patterns.some((p) => wordsOf(a.heading, p).length)).map((a) => a.n));
  const free = problem.items.filter((p) => !answering.has(p.aspect));
  for (const [i, aspect] of list.aspects.entries()) {
    const pattern = patterns[i] as RegExp;
    const found =
      problem.aspects.map((a) => ({ passage: `a${a.n}`, where: "heading" as const, words: wordsOf(a.heading, pattern) })).find((e) => e.words.length) ??
      free.map((p) => ({ passage: p.id, where: "text" as const, words: wordsOf(p.text, pattern) })).find((e) => e.words.length);
    if (found) {
      covered.push(aspect.name);
      evidence.push({ aspect: aspect.name, ...found });
    } else missing.push(aspect.name);
  }
  return { year: list.year, meeting: list.meeting, theme: list.theme, notice: list.source.notice, covered, missing, evidence };
}
