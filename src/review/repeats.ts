import type { Review } from "../schemas/review.ts";
import { defaultLookalikeOptions } from "../similarity/find-lookalikes.ts";
import { overlap } from "../similarity/overlap.ts";
import { shingles } from "../similarity/shingles.ts";

/** A report of an author's series, as the comparison needs it. */
export interface SeriesReport {
  id: string;
  year: number | null;
  title: string;
  /** Its problem items, in simplified characters. */
  problems: { id: string; text: string }[];
}

/** The thresholds of a close match, as for a passage that echoes an earlier report (src/similarity/find-lookalikes.ts)… */
const { closeJaccard, closeContainment, k } = defaultLookalikeOptions;
/** …but a short problem repeated counts too: 问题年年一样 is often a one-line headline written again. */
const minShingles = 12;
const round = (x: number) => Math.round(x * 1000) / 1000;
/** Reports of a series listed on each of its reports, and earlier reports a report is compared with. */
const shownSeries = 30;
const comparedEarlier = 5;

/**
 * The series of one author: reports by year, those without a year last (in the order given), and the years
 * missing between the first and the last.
 */
export function seriesOf(author: string, reports: SeriesReport[], self?: string): NonNullable<Review["series"]> {
  const sorted = [...reports].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  const years = [...new Set(sorted.flatMap((r) => (r.year === null ? [] : [r.year])))];
  const gaps: number[] = [];
  for (let y = (years[0] ?? 0) + 1; y < (years.at(-1) ?? 0); y++) if (!years.includes(y)) gaps.push(y);
  // A code given to hundreds of reports by mistake must not make every one of them list all the others.
  const at = Math.max(0, sorted.findIndex((r) => r.id === self));
  const from = Math.max(0, Math.min(at - shownSeries / 2, sorted.length - shownSeries));
  const shown = sorted.slice(from, from + shownSeries);
  return { author, reports: shown.map(({ id, year, title }) => ({ id, year, title })), total: sorted.length, gaps: gaps.slice(0, shownSeries) };
}

/**
 * Problems of a report that repeat one of the same author's earlier reports (years before its own; a report without
 * a year has no earlier one): for each problem item, the closest earlier problem item, latest report first, where the
 * two are as close as a copied passage (Jaccard ≥ 0.3, or ≥ 60% of the shorter one found in the other). Only the
 * five latest earlier reports are read, so the work per report is bounded whatever the series.
 */
export function repeatsOf(report: SeriesReport, series: SeriesReport[]): Review["repeats"] {
  if (report.year === null) return [];
  const earlier = series
    .filter((r) => r.year !== null && r.year < report.year!)
    .sort((a, b) => b.year! - a.year!)
    .slice(0, comparedEarlier);
  const grams = new Map<string, Uint32Array>();
  const of = (key: string, text: string) => grams.get(key) ?? grams.set(key, shingles(text, k)).get(key)!;
  const repeats: Review["repeats"] = [];
  for (const p of report.problems) {
    const mine = of(`${report.id}#${p.id}`, p.text);
    let best: Review["repeats"][number] | undefined;
    let bestScore = 0;
    for (const r of earlier) {
      for (const q of r.problems) {
        const theirs = of(`${r.id}#${q.id}`, q.text);
        if (Math.min(mine.length, theirs.length) < minShingles) continue;
        const o = overlap(mine, theirs);
        if (o.jaccard < closeJaccard && o.containment < closeContainment) continue;
        // The nearest of the latest report wins: a later report is scanned first and only a closer pair replaces it.
        if (o.jaccard + o.containment > bestScore) {
          bestScore = o.jaccard + o.containment;
          best = { passage: p.id, earlier: `${r.id}#${q.id}`, jaccard: round(o.jaccard), containment: round(o.containment) };
        }
      }
      if (best) break;
    }
    if (best) repeats.push(best);
  }
  return repeats;
}
