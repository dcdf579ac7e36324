// Searching the Pagefind index of character pairs (src/search/bigrams.ts): loading it (and its shards),
// turning terms into Pagefind queries, and saying when a found report still needs its passages checked
// (src/search/report-record.ts does that on the record's text).
import { queryTokens, runs } from "../../search/bigrams.ts";
import { narrowsPassages, pagefindFilters, type Counts } from "../../search/filters.ts";
import { matchForm } from "../../search/highlight.ts";
import { terms, type SearchState } from "../../search/query-state.ts";

/** What Pagefind gives for one report record (see scripts/search/build-index.ts). */
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
    // The index is in shards by year, the newest the primary (scripts/search/build-index.ts).
    const shards = await fetch(`${base}pagefind/shards.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    for (const path of shards) await pf.mergeIndex(`${base}pagefind/${path}`, { language: "en" });
    return pf;
  });
  return pagefind;
}

let allFilters: Promise<Counts> | null = null;
/** Every facet value with its reports in the whole corpus, loaded once. */
export function facetTotals(base: string): Promise<Counts> {
  allFilters ??= loadPagefind(base).then((pf) => pf.filters());
  return allFilters;
}

/** The outcome of a search: the reports Pagefind found, newest year first and in corpus order within a year, and its report counts per facet value. */
export interface Outcome {
  results: PagefindResult[];
  counts: Counts;
  /**
   * True when a found report may show no passage: Pagefind knows a report holds every term and a passage of
   * each chosen type, the page checks that one passage holds them all (src/search/report-record.ts).
   */
  unverified: boolean;
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

/** Runs a search: exact (phrases of pairs) or related (pairs anywhere in the report), narrowed by the facets. */
export async function search(base: string, state: SearchState, mode: SearchState["mode"]): Promise<Outcome> {
  const pf = await loadPagefind(base);
  const ts = terms(state.q);
  const filters = pagefindFilters(state.filters);
  if (ts.length === 0) {
    const all = await pf.search(null, { filters });
    return { results: all.results, counts: all.filters, unverified: narrowsPassages(state.filters), fellBack: false };
  }
  const queries = mode === "exact" ? ts.map(exactQuery) : ts.map((t) => queryTokens(t).join(" "));
  // Exact matches all score alike, so Pagefind keeps them in index order: shard after shard (a year each, newest first), corpus order within.
  const searches = await Promise.all(queries.map((q) => pf.search(q, { filters })));
  const [first, ...others] = searches;
  if (!first) return { results: [], counts: {}, unverified: false, fellBack: false };
  let results = first.results;
  for (const other of others) {
    const ids = new Set(other.results.map((r) => r.id));
    results = results.filter((r) => ids.has(r.id));
  }
  // Several terms, a phrase across punctuation, related pairs, a passage facet: each may be met in different passages.
  const unverified = others.length > 0 || mode === "related" || ts.some(needsCheck) || narrowsPassages(state.filters);
  return { results, counts: others.length > 0 ? {} : first.filters, unverified, fellBack: false };
}
