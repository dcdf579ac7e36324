// The search index holds one record per report (scripts/search/build-index.ts), so every Pagefind filter
// counts reports. Report facets (kind, role, unit, meeting, year) are the report's own values. Passage
// facets (theme, section, aspect) hold the values of any of its passages: Pagefind narrows to reports having
// such a passage, and ./report-hits.ts keeps only the passages that match the query and the facets at once.
import { facetIds, facetValue, type FacetFields } from "../lib/facets.ts";
import type { Facet, SearchState } from "./query-state.ts";

/** Report counts per value, per facet (each facet is its own Pagefind filter). */
export type Counts = Record<string, Record<string, number>>;

/** A Pagefind filter of the index: any of the listed values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Facets a passage has (a report has the values of all its passages). */
export const passageFacets = ["theme", "section", "aspect"] as const satisfies readonly Facet[];
export type PassageFacet = (typeof passageFacets)[number];

/** What a passage's facets are read from. */
export interface FacetPassage {
  section: string;
  aspect: number;
  themes: string[];
}

/** A passage's values of a passage facet: its aspect only inside a problem's aspects. */
export function passageFacetValues(p: FacetPassage, facet: PassageFacet): string[] {
  if (facet === "theme") return p.themes;
  if (facet === "section") return [p.section];
  return p.section === "problem" && p.aspect > 0 ? [String(p.aspect)] : [];
}

/** A report record's Pagefind filters: its own facet values, and every value of its passages. */
export function reportFilters(report: FacetFields & { passages: FacetPassage[] }): Record<Facet, string[]> {
  const own = Object.fromEntries(facetIds.map((f) => [f, [facetValue(report, f)]]));
  const held = Object.fromEntries(passageFacets.map((f) => [f, [...new Set(report.passages.flatMap((p) => passageFacetValues(p, f)))]]));
  return { ...held, ...own } as Record<Facet, string[]>;
}

/** True when a passage has a chosen value of every passage facet chosen (report facets are Pagefind's to apply). */
export function passageFits(p: FacetPassage, chosen: SearchState["filters"]): boolean {
  return passageFacets.every((f) => {
    const want = chosen[f] ?? [];
    return want.length === 0 || passageFacetValues(p, f).some((v) => want.includes(v));
  });
}

/** True when a passage facet is chosen: then a report Pagefind returns may have no passage fitting all at once. */
export function narrowsPassages(chosen: SearchState["filters"]): boolean {
  return passageFacets.some((f) => (chosen[f]?.length ?? 0) > 0);
}

/** The chosen facet values as Pagefind filters: within a facet any chosen value, across facets all. */
export function pagefindFilters(chosen: SearchState["filters"]): PagefindFilters {
  return Object.fromEntries(Object.entries(chosen).filter(([, values]) => (values?.length ?? 0) > 0).map(([facet, values]) => [facet, { any: values as string[] }]));
}
