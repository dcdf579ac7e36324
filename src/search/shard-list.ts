// pagefind/shards.json: the index's shards, newest first, and the facet totals of the whole corpus. The search
// page opens with the totals, searches the primary shard (the newest years) and merges older shards only as
// the reader pages on, so a search's first results cost the same bytes at 2,000 reports as at 100,000.
import type { Counts } from "./filters.ts";

/** One shard of the index. */
export interface ShardInfo {
  /** Its folder under pagefind/, "" for the primary (pagefind/ itself). */
  path: string;
  /** The years of its reports, newest first; null for reports of no known year. */
  years: (number | null)[];
  /** How many reports it holds. */
  reports: number;
}

/** The file's content. */
export interface ShardList {
  /** Newest first: the order results are listed in. */
  shards: ShardInfo[];
  /** Reports per facet value in the whole corpus: what the facets show before a search. */
  totals: Counts;
}

/** The years of some shards in words, to go before `的…`: `2021–2023 年`, `2022 年`, `年度不明`; "" for none. */
export function yearsLabel(shards: ShardInfo[]): string {
  const years = shards.flatMap((s) => s.years);
  const known = years.filter((y): y is number => y !== null);
  const span = known.length === 0 ? "" : Math.min(...known) === Math.max(...known) ? `${known[0]} 年` : `${Math.min(...known)}–${Math.max(...known)} 年`;
  const unknown = years.includes(null) ? "年度不明" : "";
  return [span, unknown].filter(Boolean).join("和");
}
