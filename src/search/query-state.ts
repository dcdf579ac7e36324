/** The facets a search can be narrowed by, read from the index's two Pagefind filters (./filters.ts). */
export const facets = ["theme", "section", "aspect", "kind", "role", "unit", "meeting", "year"] as const;
export type Facet = (typeof facets)[number];

/** Everything a search is: it lives in the URL so it can be bookmarked and shared. */
export interface SearchState {
  q: string;
  /** exact: the typed string must occur; related: its characters may be apart. */
  mode: "exact" | "related";
  filters: Partial<Record<Facet, string[]>>;
  /** list: passages; kwic: every occurrence as one line of context. */
  view: "list" | "kwic";
  /** Order of the KWIC lines: as the corpus reads, or by the context left or right of the phrase. */
  sort: "corpus" | "left" | "right";
}

/** Reads a search from `?q=…&theme=…&theme=…&mode=related`. */
export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState["filters"] = {};
  for (const f of facets) {
    const values = params.getAll(f).filter(Boolean);
    if (values.length > 0) filters[f] = [...new Set(values)];
  }
  const sort = params.get("sort");
  return {
    q: (params.get("q") ?? "").trim(),
    mode: params.get("mode") === "related" ? "related" : "exact",
    filters,
    view: params.get("view") === "kwic" ? "kwic" : "list",
    sort: sort === "left" || sort === "right" ? sort : "corpus",
  };
}

/** Writes a search back as URL parameters, in a stable order. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.mode === "related") params.set("mode", "related");
  for (const f of facets) for (const v of state.filters[f] ?? []) params.append(f, v);
  if (state.view === "kwic") params.set("view", "kwic");
  if (state.sort !== "corpus") params.set("sort", state.sort);
  return params;
}

/** The query's terms: space-separated parts, each of which must occur. */
export function terms(q: string): string[] {
  return q.split(/[\s\u3000]+/u).filter(Boolean);
}
