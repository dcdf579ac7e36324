// The cacheKey a getStaticPaths page returns for Astro's incremental build (astro.config.mjs): Astro restores the
// page from its last build when the key and the page's code are unchanged, so the key must change with everything
// the page shows that its code does not hold — its report, its look-alikes, corpus-wide counts, the themes' text.
import { getThemes, type ReportEntry } from "./corpus.ts";
import { digest } from "./digest.ts";

export { digest };

/** A report as the pages show it (src/lib/report-summary.ts): everything but its place in the corpus order. */
export function reportDigest(entry: ReportEntry): string {
  return entry.data.digest;
}

/** A report as a page shows its wording and not its review signals (src/lib/report-summary.ts). */
export function wordingDigest(entry: ReportEntry): string {
  return entry.data.wordingDigest;
}

/** The themes as the pages name them (tags, lists), with their descriptions and lexicons: part of every key. */
export async function themesDigest(): Promise<string> {
  return digest((await getThemes()).map((t) => [t.id, t.data, t.body]));
}
