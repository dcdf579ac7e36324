// What one report's search record carries besides its indexed pairs (scripts/search/build-index.ts writes it,
// the search page reads it back), and which of its passages a search shows: those holding every term, and
// fitting every chosen passage facet, in the same passage. Pagefind only knows the report holds them somewhere.
import type { CorpusReport } from "../lib/corpus-export.ts";
import { reportTitle } from "../lib/report-title.ts";
import { queryTokens } from "./bigrams.ts";
import { passageFits } from "./filters.ts";
import { matchForm } from "./highlight.ts";
import type { SearchState } from "./query-state.ts";

/** A passage as a search result shows it and files it (摘录). */
export interface SearchPassage {
  id: string;
  section: string;
  aspect: number;
  headline: string;
  text: string;
  themes: string[];
}

/** A report's record, read back from its Pagefind meta. */
export interface SearchRecord {
  reportId: string;
  /** Site-relative address of the report page. */
  url: string;
  title: string;
  unit: string;
  role: string;
  passages: SearchPassage[];
  /** The problem section's aspects: their headings and aligned topics, for 摘录. */
  aspects: { n: number; heading: string; topic: string }[];
}

/** The Pagefind meta of a report's record: strings only, the passages and aspects as JSON. */
export function recordMeta(report: CorpusReport): Record<string, string> {
  const passages: SearchPassage[] = report.passages.map((p) => ({ id: p.id, section: p.section, aspect: p.aspect, headline: p.headline, text: p.text, themes: p.themes }));
  return {
    title: reportTitle(report),
    report_id: report.id,
    path: report.url,
    unit: report.unit ?? "",
    role: report.role ?? "",
    passages: JSON.stringify(passages),
    aspects: JSON.stringify(report.aspects.map((a) => ({ n: a.n, heading: a.heading, topic: a.topic ?? "" }))),
  };
}

/** The record a result's meta holds; null for meta this module did not write. */
export function readRecord(meta: Record<string, string | undefined>): SearchRecord | null {
  try {
    const passages = JSON.parse(meta.passages ?? "") as unknown;
    const aspects = JSON.parse(meta.aspects ?? "[]") as unknown;
    if (!Array.isArray(passages) || !Array.isArray(aspects) || !meta.report_id || !meta.path) return null;
    return { reportId: meta.report_id, url: meta.path, title: meta.title ?? meta.report_id, unit: meta.unit ?? "", role: meta.role ?? "", passages, aspects };
  } catch {
    return null;
  }
}

/** True when a passage matches the terms: exact, each term as written; related, each term's character pairs anywhere. */
export function passageMatches(text: string, terms: string[], mode: SearchState["mode"]): boolean {
  const lower = matchForm(text);
  if (mode === "exact") return terms.every((t) => lower.includes(matchForm(t)));
  return terms.every((t) => queryTokens(t).every((token) => lower.includes(token)));
}

/** The passages of a report a search shows, in report order. */
export function reportHits(record: SearchRecord, terms: string[], mode: SearchState["mode"], chosen: SearchState["filters"]): SearchPassage[] {
  return record.passages.filter((p) => passageFits(p, chosen) && passageMatches(p.text, terms, mode));
}
