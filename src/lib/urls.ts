/** Prefixes a site-relative path (`reports/x/`) with the configured base, so the site works under a subpath. */
export function url(path = ""): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}

/** Page n of a list whose first page is at `base`: `themes/x/`, then `themes/x/2/`. */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The report page, relative to the site root: the contract of /data/corpus.json. */
export function reportPath(id: string): string {
  return `reports/${id}/`;
}

/** A report's data file (src/lib/page-report.ts), relative to the site root: what its 摘录 buttons and export read. */
export function reportDataPath(id: string): string {
  return `data/reports/${id}.json`;
}

/** The search page listing a theme's passages in reports with one facet value (the search URL of DESIGN.md, with filters). */
export function themeFacetSearchPath(theme: string, facet: string, value: string): string {
  return `search/?${new URLSearchParams({ theme, [facet]: value })}`;
}
