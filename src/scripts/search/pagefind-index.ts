// Searching the Pagefind index of character pairs (src/search/bigrams.ts): loading it (its shards as needed),
// turning terms into Pagefind queries, and saying when a found report still needs its passages checked
// (src/search/report-record.ts does that on the record's text).
import { queryTokens, runs } from "../../search/bigrams.ts";
import { narrowsPassages, pagefindFilters, type Counts } from "../../search/filters.ts";
import { matchForm } from "../../search/highlight.ts";
import { terms, type SearchState } from "../../search/query-state.ts";
import type { ShardInfo, ShardList } from "../../search/shard-list.ts";

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
  search(q: string | null, o: Record<string, unknown>): Promise<PagefindSearch>;
}
let shardList: Promise<ShardList> | null = null;
/** pagefind/shards.json (src/search/shard-list.ts), loaded once. */
function loadShardList(base: string): Promise<ShardList> {
  shardList ??= fetch(`${base}pagefind/shards.json`).then((r) => {
    if (!r.ok) throw new Error(`${base}pagefind/shards.json: ${r.status}`);
    return r.json() as Promise<ShardList>;
  });
  return shardList;
}

/** Pagefind with the shards merged so far: the primary (the newest years) at first, older ones as searches need them. */
interface Loaded {
  pf: Pagefind;
  shards: ShardInfo[];
  merged: number;
}
let pagefind: Promise<Loaded> | null = null;
/** Loads Pagefind and its primary shard only when a search runs, so pages stay script-light until then. */
function loadPagefind(base: string): Promise<Loaded> {
  pagefind ??= Promise.all([import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>, loadShardList(base)]).then(async ([pf, list]) => {
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
    return { pf, shards: list.shards, merged: Math.min(1, list.shards.length) };
  });
  return pagefind;
}

/** Merges the next older shard; false when every shard is merged. Merging appends: earlier results keep their places. */
async function mergeNext(base: string, loaded: Loaded): Promise<boolean> {
  const next = loaded.shards[loaded.merged];
  if (!next) return false;
  await loaded.pf.mergeIndex(`${base}pagefind/${next.path}`, { language: "en" });
  loaded.merged++;
  return true;
}

/** Every facet value with its reports in the whole corpus, from shards.json: no shard is loaded to show them. */
export async function facetTotals(base: string): Promise<Counts> {
  return (await loadShardList(base)).totals;
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
  /** The shards searched, newest first, and those not yet: results and counts are of the searched ones. */
  searched: ShardInfo[];
  rest: ShardInfo[];
}

/** The Pagefind query for one term: a phrase of character pairs. */
function exactQuery(term: string): string {
  return `"${queryTokens(term).join(" ")}"`;
}

/** A term Pagefind's phrase cannot decide alone: punctuation inside, or a lone last character after another run. */
function needsCheck(term: string): boolean {
  return runs(term).join("") !== matchForm(term);
}

/**
 * Runs a search: exact (phrases of pairs) or related (pairs anywhere in the report), narrowed by the facets, over
 * the shards merged so far, merging older ones until it has at least `wanted` reports or every shard is searched.
 */
export async function search(base: string, state: SearchState, mode: SearchState["mode"], wanted: number): Promise<Outcome> {
  const loaded = await loadPagefind(base);
  for (;;) {
    const outcome = await searchMerged(loaded.pf, state, mode);
    const complete = loaded.merged >= loaded.shards.length;
    if (outcome.results.length >= wanted || complete || !(await mergeNext(base, loaded))) {
      return { ...outcome, fellBack: false, searched: loaded.shards.slice(0, loaded.merged), rest: loaded.shards.slice(loaded.merged) };
    }
  }
}

/** One search over the shards merged so far. */
async function searchMerged(pf: Pagefind, state: SearchState, mode: SearchState["mode"]): Promise<Pick<Outcome, "results" | "counts" | "unverified">> {
  const ts = terms(state.q);
  const filters = pagefindFilters(state.filters);
  if (ts.length === 0) {
    const all = await pf.search(null, { filters });
    return { results: all.results, counts: all.filters, unverified: narrowsPassages(state.filters) };
  }
  const queries = mode === "exact" ? ts.map(exactQuery) : ts.map((t) => queryTokens(t).join(" "));
  // Exact matches all score alike, so Pagefind keeps them in index order: shard after shard (newest years first), corpus order within.
  const searches = await Promise.all(queries.map((q) => pf.search(q, { filters })));
  const [first, ...others] = searches;
  if (!first) return { results: [], counts: {}, unverified: false };
  let results = first.results;
  for (const other of others) {
    const ids = new Set(other.results.map((r) => r.id));
    results = results.filter((r) => ids.has(r.id));
  }
  // Several terms, a phrase across punctuation, related pairs, a passage facet: each may be met in different passages.
  const unverified = others.length > 0 || mode === "related" || ts.some(needsCheck) || narrowsPassages(state.filters);
  return { results, counts: others.length > 0 ? {} : first.filters, unverified };
}
