import type { Lookalike, Passage } from "../schemas/report.ts";

/** One pair of look-alike passages, as the reviewers' list shows it. */
export interface Pair<R> {
  report: R;
  passage: Passage;
  match: Lookalike;
}

/** The corpus's most similar pairs, each unordered pair once, most similar first. */
export function closestPairs<R extends { id: string; data: { passages: Passage[] } }>(reports: R[], limit: number): Pair<R>[] {
  const seen = new Set<string>();
  const pairs: Pair<R>[] = [];
  for (const report of reports) {
    for (const passage of report.data.passages) {
      for (const match of passage.similar) {
        const key = [`${report.id}#${passage.id}`, `${match.report}#${match.passage}`].sort().join(" ");
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ report, passage, match });
      }
    }
  }
  return pairs.sort((a, b) => b.match.jaccard - a.match.jaccard || b.match.containment - a.match.containment).slice(0, limit);
}

/** Shown as a percentage: 0.152 → "15%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
