import type { CorpusEntry } from "../corpus/read-corpus.ts";
import type { ReportMemo } from "../corpus/report-memo.ts";
import { jsonDigest } from "../../src/lib/digest.ts";
import type { Review } from "../../src/schemas/review.ts";
import { reportTitle } from "../../src/lib/report-title.ts";
import type { PrescribedList } from "../../src/schemas/prescribed.ts";
import { listsByKey } from "../../src/review/prescribed.ts";
import type { SeriesReport } from "../../src/review/repeats.ts";
import { reviewReport, seriesReport, stockSignals } from "../../src/review/review-report.ts";
import { findStockRuns, stockSet } from "../../src/similarity/check/stock-phrases.ts";
import type { Comparand } from "../../src/similarity/find-lookalikes.ts";
import { comparable } from "../../src/similarity/shingles.ts";

/**
 * Each report's passages' letters (`comparable`), from the passages as the look-alikes compare them
 * (lookalikeComparands: in corpus order, grouped by their report's place of `reports`): made once, for the stock
 * count's three passes and the signals.
 */
export function corpusLetters(items: Comparand[], reports: number): string[][] {
  const letters = Array.from({ length: reports }, (): string[] => []);
  for (const { group, text } of items) letters[group]?.push(comparable(text).chars);
  return letters;
}

/** The corpus's stock runs (src/similarity/check/stock-phrases.ts). */
export function corpusStockRuns(letters: string[][]): string[] {
  return findStockRuns(() => letters, letters.length);
}

/**
 * The corpus's stock runs, with every entry's 审读 signals set against them ({@link attachReview}). The letters both
 * read are made here and let go on return: they are as large as the texts themselves.
 */
export function reviewCorpus(entries: CorpusEntry[], comparands: Comparand[], lists: PrescribedList[], memo?: ReportMemo<[string, Review]>): string[] {
  const letters = corpusLetters(comparands, entries.length);
  const stockRuns = corpusStockRuns(letters);
  attachReview(entries, letters, stockRuns, lists, memo);
  return stockRuns;
}

/**
 * Sets every entry's 审读 signals (src/review/): against the corpus's stock wording, the prescribed lists, and the
 * other reports of its author. Each report is read once and compared only with its own series: linear in the corpus.
 * A report whose inputs (itself, its author's series and the lists) are as `memo` recorded them keeps the signals
 * recorded, but for those that read the stock runs, made again where the stock runs changed (a hundred reports added
 * move the stock threshold, and with it the list).
 */
export function attachReview(entries: CorpusEntry[], letters: string[][], stockRuns: string[], lists: PrescribedList[], memo?: ReportMemo<[string, Review]>): void {
  const stock = stockSet(stockRuns);
  const byKey = listsByKey(lists);
  const series = new Map<string, SeriesReport[]>();
  for (const { id, report } of entries) {
    if (report.author === null) continue;
    const reports = series.get(report.author) ?? [];
    reports.push(seriesReport(id, reportTitle(report), report));
    series.set(report.author, reports);
  }
  const [ofStock, ofLists] = [jsonDigest(JSON.stringify(stockRuns)), jsonDigest(JSON.stringify(lists))];
  // Each author's series, digested once for all their reports.
  const ofSeries = new Map([...series].map(([author, reports]) => [author, jsonDigest(JSON.stringify(reports))]));
  for (const [i, entry] of entries.entries()) {
    const { author } = entry.report;
    // The report's place in the corpus is not read: a report added before it leaves its signals as they were.
    const inputs = jsonDigest(JSON.stringify([ofLists, author === null ? "" : ofSeries.get(author), entry.id, { ...entry.report, order: undefined }]));
    const recalled = memo?.get(entry.id, inputs);
    const review =
      recalled === undefined
        ? reviewReport({ ...entry.report, id: entry.id, letters: letters[i] }, { stock, lists: byKey, series: author === null ? undefined : { author, reports: series.get(author) ?? [] } })
        : recalled[0] === ofStock
          ? recalled[1]
          : { ...recalled[1], ...stockSignals(letters[i] ?? [], stock) };
    entry.review = review;
    memo?.set(entry.id, inputs, [ofStock, review]);
  }
}
