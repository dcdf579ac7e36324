import { sectionKinds, type Passage, type SectionKind } from "../schemas/report.ts";
import { facetIds, type FacetGroup, type FacetId } from "./facets.ts";

/** What a list orders a passage by. */
type Listed = Pick<Passage, "section" | "themes">;

// Writers come for problems first, then causes and measures; reviews follow.
const first: SectionKind[] = ["problem", "cause", "measure", "review"];

/** Sections in the order a theme's list gives them. */
export const themeSectionOrder: SectionKind[] = [...first, ...sectionKinds.filter((k) => !first.includes(k))];

/** A theme list longer than this shows headlines only (full texts would make megabytes); shorter ones open in place. */
export const expandableUpTo = 400;

/** Passages per page of a theme list (THEME_PAGE_SIZE lets the tests page the small shipped corpus). */
export const themePageSize = Number(process.env.THEME_PAGE_SIZE) || 500;

/** A theme's passages as its pages list them: by section, those the theme fits best first, corpus order within. */
export function themeOrder<T extends { passage: Listed }>(items: T[], theme: string): T[] {
  // One pass into a best and a rest bucket per section, each in corpus order: a theme lists tens of thousands of passages.
  const buckets = new Map(themeSectionOrder.map((kind) => [kind, { best: [] as T[], rest: [] as T[] }]));
  for (const item of items) buckets.get(item.passage.section)?.[item.passage.themes[0] === theme ? "best" : "rest"].push(item);
  return themeSectionOrder.flatMap((kind) => {
    const { best, rest } = buckets.get(kind) as { best: T[]; rest: T[] };
    return [...best, ...rest];
  });
}

/** Per theme, the passages it is among the themes of (`count`) and the first of (`first`): one pass over the corpus. */
export function themeCounts(items: { passage: Pick<Passage, "themes"> }[]): Map<string, { count: number; first: number }> {
  const counts = new Map<string, { count: number; first: number }>();
  const of = (theme: string) => {
    let c = counts.get(theme);
    if (!c) counts.set(theme, (c = { count: 0, first: 0 }));
    return c;
  };
  for (const { passage } of items) {
    passage.themes.forEach((t, i) => {
      if (passage.themes.indexOf(t) === i) of(t).count++;
    });
    if (passage.themes[0] !== undefined) of(passage.themes[0]).first++;
  }
  return counts;
}

/** A list in section order cut where the section changes. */
export function sectionRuns<T extends { passage: Listed }>(ordered: T[]): { kind: SectionKind; items: T[] }[] {
  const runs: { kind: SectionKind; items: T[] }[] = [];
  for (const p of ordered) {
    const last = runs[runs.length - 1];
    if (last?.kind === p.passage.section) last.items.push(p);
    else runs.push({ kind: p.passage.section, items: [p] });
  }
  return runs;
}

/** Each section present in an ordered list: how many passages it has and the 1-based page it starts on. */
export function sectionStarts<T extends { passage: Listed }>(ordered: T[], pageSize: number): { kind: SectionKind; count: number; page: number }[] {
  let at = 0;
  return sectionRuns(ordered).map(({ kind, items }) => {
    const start = { kind, count: items.length, page: Math.floor(at / pageSize) + 1 };
    at += items.length;
    return start;
  });
}

/** What every page of a theme's list shows of the whole list, made once per theme rather than once per page. */
export interface ThemeListSummary {
  /** Passages in the list. */
  passages: number;
  /** Reports they come from. */
  reports: number;
  /** Passages with the theme as their first. */
  first: number;
  /** Of those, the ones placed by their character profile rather than the lexicon. */
  byProfile: number;
  /** Each section present: its passages and the page it starts on. */
  sections: { kind: SectionKind; count: number; page: number }[];
  /** Per facet, each value with its passages in the list. */
  facets: Record<FacetId, { value: string; count: number }[]>;
}

/**
 * The summary of a theme's list in theme order, cut into pages of `pageSize`. A page of the list shows the rest
 * of the list only through it, so the summary and the page's own passages are all its cacheKey needs.
 */
export function themeListSummary<T extends { report: { id: string }; passage: Listed & Pick<Passage, "basis"> }>(
  ordered: T[],
  theme: string,
  pageSize: number,
  groups: Record<FacetId, FacetGroup<T>[]>,
): ThemeListSummary {
  const first = ordered.filter((p) => p.passage.themes[0] === theme);
  return {
    passages: ordered.length,
    reports: new Set(ordered.map((p) => p.report.id)).size,
    first: first.length,
    byProfile: first.filter((p) => p.passage.basis === "profile").length,
    sections: sectionStarts(ordered, pageSize),
    facets: Object.fromEntries(facetIds.map((f) => [f, groups[f].map((g) => ({ value: g.value, count: g.items.length }))])) as ThemeListSummary["facets"],
  };
}
