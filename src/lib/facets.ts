import type { Report } from "../schemas/report.ts";
import { kindLabels, unknown } from "./labels.ts";

/** The report facets the corpus can be browsed and filtered by (each is also a URL segment: `browse/<facet>/`). */
export const facetIds = ["kind", "role", "unit", "meeting", "year"] as const;
export type FacetId = (typeof facetIds)[number];

/** The report field each facet groups by: the role facet by the role's class, roles as written being too varied to browse. */
const facetFields = { kind: "kind", role: "roleGroup", unit: "unit", meeting: "meeting", year: "year" } as const satisfies Record<FacetId, keyof Report>;

/** The report fields the facets read. */
export type FacetFields = Pick<Report, (typeof facetFields)[FacetId]>;

/** The Chinese name of each facet. */
export const facetLabels: Record<FacetId, string> = { kind: "作者", role: "职务", unit: "单位", meeting: "会议", year: "年度" };

/** A report's value for a facet as shown and grouped (个人/班子 for the kind); `未注明` where it could not be inferred. */
export function facetValue(r: FacetFields, facet: FacetId): string {
  if (facet === "kind") return kindLabels[r.kind];
  const v = r[facetFields[facet]];
  return v === null ? unknown : String(v);
}

/** The URL segment of a facet value: the value itself, with characters a path cannot hold replaced. */
export function facetSlug(value: string): string {
  return value.replace(/[\/\\?#%&\s.]+/g, "-");
}

/** One value of a facet and the items having it. */
export interface FacetGroup<T> {
  value: string;
  slug: string;
  items: T[];
}

/** Reports per page of a browse list (BROWSE_PAGE_SIZE lets the tests page the small shipped corpus). */
export const browsePageSize = Number(process.env.BROWSE_PAGE_SIZE) || 500;

/** Groups items by their report's value for a facet, most items first, then by value. */
export function groupByFacet<T>(items: T[], facet: FacetId, reportOf: (item: T) => FacetFields): FacetGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const v = facetValue(reportOf(item), facet);
    const list = groups.get(v);
    if (list) list.push(item);
    else groups.set(v, [item]);
  }
  return [...groups]
    .map(([value, list]) => ({ value, slug: facetSlug(value), items: list }))
    .sort((a, b) => b.items.length - a.items.length || a.value.localeCompare(b.value, "zh-CN"));
}

/** The groups of every facet at once, for pages that show them all (each theme's pages share one). */
export function groupByEveryFacet<T>(items: T[], reportOf: (item: T) => FacetFields): Record<FacetId, FacetGroup<T>[]> {
  return Object.fromEntries(facetIds.map((facet) => [facet, groupByFacet(items, facet, reportOf)])) as Record<FacetId, FacetGroup<T>[]>;
}
