// Searching the Pagefind index of character pairs (src/search/bigrams.ts): loading it (and its shards),
// turning terms into Pagefind queries, and checking on the original text what a phrase cannot decide.
import { queryTokens, runs } from "../../search/bigrams.ts";
import { facetCounts, pagefindFilters, reportCount, type Counts } from "../../search/filters.ts";
import { containsAll, matchForm } from "../../search/highlight.ts";
import { terms, type SearchState } from "../../search/query-state.ts";

/** What Pagefind gives for one passage record (see scripts/search/build-index.ts). */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindSearch>;
}
let pagefind: Promise<Pagefind> | null = null;
/** Loads Pagefind only when a search runs, so pages stay script-light until then. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 0 });
    // The index is built under "en" (no segmentation). Pagefind takes its language from <html lang>
    // when it initialises and ignores the `language` option; under zh-CN it would re-segment the
    // query's character pairs with Intl.Segmenter and miss phrases. The swap lasts one synchronous call.
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = "en";
    const ready = pf.init();
    html.lang = lang;
    await ready;
    // A large corpus is indexed in shards of contiguous reports (scripts/search/build-index.ts).
    const shards = await fetch(`${base}pagefind/shards.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    for (const path of shards) await pf.mergeIndex(`${base}pagefind/${path}`, { language: "en" });
    return pf;
  });
  return pagefind;
}

let allFilters: Promise<Counts> | null = null;
/** Every Pagefind filter value with its passages, loaded once: the facets' values and what a choice of them selects. */
function filterValues(base: string): Promise<Counts> {
  allFilters ??= loadPagefind(base).then((pf) => pf.filters());
  return allFilters;
}

/** Every facet value with its passages in the whole corpus. */
export async function facetTotals(base: string): Promise<Counts> {
  return facetCounts(await filterValues(base));
}

/** The outcome of a search: matching passages in order, facet counts, reports they come from, and whether exact failed. */
export interface Outcome {
  results: PagefindResult[];
  counts: Counts;
  reports: number;
  /** Loaded data of results already verified, keyed by result id. */
  loaded: Map<string, ResultData>;
  fellBack: boolean;
}

/** The Pagefind query for one term: a phrase of character pairs. */
function exactQuery(term: string): string {
  return `"${queryTokens(term).join(" ")}"`;
}

/** A term Pagefind's phrase cannot decide alone: punctuation inside, or a lone last character after another run. */
function needsCheck(term: string): boolean {
  return runs(term).join("") !== matchForm(term);
}

/** Runs a search: exact (phrases of pairs, verified where needed) or related (pairs anywhere in the passage). */
export async function search(base: string, state: SearchState, mode: SearchState["mode"]): Promise<Outcome> {
  const pf = await loadPagefind(base);
  const ts = terms(state.q);
  const filters = pagefindFilters(state.filters, await filterValues(base));
  if (!filters) return outcome([], {});
  if (ts.length === 0) {
    const all = await pf.search(null, { filters });
    return outcome(all.results, all.filters);
  }
  const queries = mode === "exact" ? ts.map(exactQuery) : ts.map((t) => queryTokens(t).join(" "));
  // Exact matches all score alike, so Pagefind keeps them in index order: corpus order, shard after shard.
  const searches = await Promise.all(queries.map((q) => pf.search(q, { filters })));
  const [first, ...others] = searches;
  if (!first) return outcome([], {});
  let results = first.results;
  for (const other of others) {
    const ids = new Set(other.results.map((r) => r.id));
    results = results.filter((r) => ids.has(r.id));
  }
  if (mode === "exact" && (others.length > 0 || ts.some(needsCheck))) {
    // Intersections and phrases across punctuation are checked on the original text, all of them, so counts stay exact.
    const loaded = new Map<string, ResultData>();
    const data = await Promise.all(results.map((r) => r.data()));
    results = results.filter((r, i) => {
      const d = data[i] as ResultData;
      if (!containsAll(d.meta.text ?? "", ts)) return false;
      loaded.set(r.id, d);
      return true;
    });
    return outcome(results, countFilters([...loaded.values()]), loaded);
  }
  return outcome(results, first.filters);
}

/** An outcome from results and their Pagefind filter counts. */
function outcome(results: PagefindResult[], counts: Counts, loaded = new Map<string, ResultData>()): Outcome {
  return { results, counts: facetCounts(counts), reports: reportCount(counts), loaded, fellBack: false };
}

/** Facet counts of results whose data is loaded, where Pagefind's own counts would include rejected ones. */
function countFilters(data: ResultData[]): Counts {
  const counts: Counts = {};
  for (const d of data) {
    for (const [k, values] of Object.entries(d.filters)) {
      for (const v of values) {
        const c = (counts[k] ??= {});
        c[v] = (c[v] ?? 0) + 1;
      }
    }
  }
  return counts;
}
