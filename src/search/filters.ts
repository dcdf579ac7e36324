// The search page's eight facets come from two Pagefind filters. Every filter costs the browser about
// two bytes per passage record for each value a record has, however few values the filter has (page
// numbers do not compress), so each record has one value in each: `passage` holds its section, aspect
// and themes, `report` the report's kind, role class, unit, meeting and year. Counts per facet value are
// sums over the filter values holding it; a choice of facet values selects the filter values holding them.
import { facetIds, facetValue, type FacetFields } from "../lib/facets.ts";
import type { Facet, SearchState } from "./query-state.ts";

/** Passage counts per value, per facet or per Pagefind filter. */
export type Counts = Record<string, Record<string, number>>;

/** A Pagefind filter of the index: any of the listed values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The index's filters, and the facets each one holds. */
const filterFacets = { passage: ["theme", "section", "aspect"], report: facetIds } as const satisfies Record<string, readonly Facet[]>;
type Filter = keyof typeof filterFacets;
const filters = Object.keys(filterFacets) as Filter[];

/** The `passage` filter value: its section, its aspect inside a problem's aspects (else 0), its themes most fitting first. */
export function passageValue(p: { section: string; aspect: number; themes: string[] }): string {
  return JSON.stringify([p.section, p.section === "problem" ? p.aspect : 0, ...p.themes]);
}

/** The `report` filter value: the report's position in the corpus (one value per report) and its kind, role class, unit, meeting, year as shown. */
export function reportValue(position: number, report: FacetFields): string {
  return JSON.stringify([position, ...facetIds.map((f) => facetValue(report, f))]);
}

/** The facet values a filter value holds; none for a value these functions did not write. */
function valueFacets(filter: Filter, value: string): Partial<Record<Facet, string[]>> {
  let fields: unknown;
  try {
    fields = JSON.parse(value);
  } catch {
    return {};
  }
  if (!Array.isArray(fields)) return {};
  if (filter === "passage") {
    const [section, aspect, ...themes] = fields as unknown[];
    if (typeof section !== "string" || typeof aspect !== "number" || !themes.every((t) => typeof t === "string")) return {};
    return { section: [section], aspect: aspect > 0 ? [String(aspect)] : [], theme: themes as string[] };
  }
  const shown = fields.slice(1) as unknown[];
  if (shown.length !== facetIds.length || !shown.every((v) => typeof v === "string")) return {};
  return Object.fromEntries(facetIds.map((f, i) => [f, [shown[i] as string]]));
}

/** A result's values of a facet, read from its Pagefind filters. */
export function recordFacet(recordFilters: Record<string, string[]>, facet: Facet): string[] {
  return filters.flatMap((filter) => (recordFilters[filter] ?? []).flatMap((value) => valueFacets(filter, value)[facet] ?? []));
}

/** Facet counts from Pagefind filter counts: each filter value's passages added to every facet value it holds. */
export function facetCounts(counts: Counts): Counts {
  const out: Counts = {};
  for (const filter of filters) {
    for (const [value, n] of Object.entries(counts[filter] ?? {})) {
      for (const [facet, values] of Object.entries(valueFacets(filter, value))) {
        const c = (out[facet] ??= {});
        for (const v of values) c[v] = (c[v] ?? 0) + n;
      }
    }
  }
  return out;
}

/** How many reports have passages among the counted ones. */
export function reportCount(counts: Counts): number {
  return Object.values(counts.report ?? {}).filter((n) => n > 0).length;
}

/**
 * The chosen facet values as Pagefind filters over `values` (every filter's values): within a facet any
 * chosen value, across facets all, as if each facet were its own filter. Null when no value can match.
 */
export function pagefindFilters(chosen: SearchState["filters"], values: Counts): PagefindFilters | null {
  const out: PagefindFilters = {};
  for (const filter of filters) {
    const narrowing = filterFacets[filter].filter((f) => (chosen[f]?.length ?? 0) > 0);
    if (narrowing.length === 0) continue;
    const any = Object.keys(values[filter] ?? {}).filter((value) => {
      const held = valueFacets(filter, value);
      return narrowing.every((f) => (held[f] ?? []).some((v) => chosen[f]?.includes(v)));
    });
    // Pagefind ignores an empty `any` instead of matching nothing.
    if (any.length === 0) return null;
    out[filter] = { any };
  }
  return out;
}
