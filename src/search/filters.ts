// The search page's seven facets come from three Pagefind filters. Every filter costs the browser about
// two bytes per passage record, however few values it has (page numbers do not compress), so what is a
// property of the report (role, unit, meeting, year) or of the passage's place (section, aspect) is
// folded into one value: `theme`, `part` (section and aspect) and `report` (its facets in its value).
import { facetIds, facetValue, type FacetId } from "../lib/facets.ts";
import type { Report } from "../schemas/report.ts";
import { facets, type Facet, type SearchState } from "./query-state.ts";

/** Passage counts per value, per facet or per Pagefind filter. */
export type Counts = Record<string, Record<string, number>>;

/** A Pagefind filter of the index: any of the listed values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The `part` filter value of a passage: its section, with the aspect number inside a problem's aspect. */
export function partValue(section: string, aspect: number): string {
  return section === "problem" && aspect > 0 ? `${section}-${aspect}` : section;
}

/** The `report` filter value: the report's position in the corpus (one value per report) and its role, unit, meeting, year as shown. */
export function reportValue(position: number, report: Pick<Report, FacetId>): string {
  return JSON.stringify([position, ...facetIds.map((f) => facetValue(report, f))]);
}

/** The facets a `report` value holds, or null for a value this module did not write. */
function readReport(value: string): Record<FacetId, string> | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed) || parsed.length !== facetIds.length + 1 || !parsed.slice(1).every((v) => typeof v === "string")) return null;
    return Object.fromEntries(facetIds.map((f, i) => [f, parsed[i + 1] as string])) as Record<FacetId, string>;
  } catch {
    return null;
  }
}

/** Each facet's Pagefind filter and how to read the facet's value from one of its values (undefined: none). */
const sources: Record<Facet, { filter: string; read: (value: string) => string | undefined }> = {
  theme: { filter: "theme", read: (v) => v },
  section: { filter: "part", read: (v) => v.split("-")[0] },
  aspect: { filter: "part", read: (v) => v.split("-")[1] },
  role: { filter: "report", read: (v) => readReport(v)?.role },
  unit: { filter: "report", read: (v) => readReport(v)?.unit },
  meeting: { filter: "report", read: (v) => readReport(v)?.meeting },
  year: { filter: "report", read: (v) => readReport(v)?.year },
};

/** Facet counts from Pagefind filter counts: each filter value's passages added to the facet values it holds. */
export function facetCounts(counts: Counts): Counts {
  const out: Counts = {};
  for (const facet of facets) {
    const { filter, read } = sources[facet];
    for (const [value, n] of Object.entries(counts[filter] ?? {})) {
      const v = read(value);
      if (v === undefined) continue;
      const c = (out[facet] ??= {});
      c[v] = (c[v] ?? 0) + n;
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
  for (const filter of new Set(Object.values(sources).map((s) => s.filter))) {
    const narrowing = facets.filter((f) => sources[f].filter === filter && (chosen[f]?.length ?? 0) > 0);
    if (narrowing.length === 0) continue;
    const any = Object.keys(values[filter] ?? {}).filter((value) =>
      narrowing.every((f) => {
        const v = sources[f].read(value);
        return v !== undefined && (chosen[f] ?? []).includes(v);
      }),
    );
    // Pagefind ignores an empty `any` instead of matching nothing.
    if (any.length === 0) return null;
    out[filter] = { any };
  }
  return out;
}
