// The cacheKey a getStaticPaths page returns for Astro's incremental build (astro.config.mjs): Astro restores the
// page from its last build when the key and the page's code are unchanged, so the key must change with everything
// the page shows that its code does not hold — its report, its look-alikes, corpus-wide counts, the themes' text.
import { createHash } from "node:crypto";
import { getThemes, type ReportEntry } from "./corpus.ts";

/** A digest of JSON-like values (Maps as their entries): equal values, equal digests. */
export function digest(...values: unknown[]): string {
  const json = JSON.stringify(values, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  return createHash("sha256").update(json).digest("base64url");
}

const reportDigests = new Map<string, string>();

/**
 * A report as the pages show it: everything but its place in the corpus order, which only sorts lists (a list's
 * key holds its reports in order). A report added before it shifts that number and must not re-render its pages.
 */
export function reportDigest(entry: ReportEntry): string {
  // Astro's digest of the report's file names this version of it: the routes ask for the same reports many times.
  const version = `${entry.id}\n${entry.digest}`;
  const known = reportDigests.get(version);
  if (known !== undefined) return known;
  const { order: _order, ...data } = entry.data;
  const value = digest(entry.id, data);
  reportDigests.set(version, value);
  return value;
}

/** The themes as the pages name them (tags, lists), with their descriptions and lexicons: part of every key. */
export async function themesDigest(): Promise<string> {
  return digest((await getThemes()).map((t) => [t.id, t.data, t.body]));
}
