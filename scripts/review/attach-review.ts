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
import { comparable } from "../../src/similarity/shingles.ts";
import { comparedText } from "../../src/text/script.ts";

/** A report's passages' letters (`comparable`), of their texts as the look-alikes compare them (`comparedText`). */
export function reportLetters(report: Pick<CorpusEntry["report"], "passages">): string[] {
  return report.passages.map((p) => comparable(comparedText(p)).chars);
}

/**
 * The corpus's stock runs (src/similarity/check/stock-phrases.ts). Each report's letters are made again for each of
 * the count's passes, not held: they are as large as the texts (some 0.6 GB at 100,000 reports, held while the
 * look-alikes thread held as much), and cost a second a pass at 20,000 reports.
 */
export function corpusStockRuns(entries: Pick<CorpusEntry, "report">[]): string[] {
  return findStockRuns(function* () {
    for (const { report } of entries) yield reportLetters(report);
  }, entries.length);
}

/** The corpus's stock runs, with every entry's 审读 signals set against them ({@link attachReview}). */
export function reviewCorpus(entries: CorpusEntry[], lists: PrescribedList[], memo?: ReportMemo<[string, Review]>): string[] {
  const stockRuns = corpusStockRuns(entries);
  attachReview(entries, stockRuns, lists, memo);
  return stockRuns;
}

/**
 * Sets every entry's 审读 signals (src/review/): against the corpus's stock wording, the prescribed lists, and the
 * other reports of its author. Each report is read once and compared only with its own series: linear in the corpus.
 * A report whose inputs (itself, its author's series and the lists) are as `memo` recorded them keeps the signals
 * recorded, but for those that read the stock runs, made again where the stock runs changed (a hundred reports added
 * move the stock threshold, and with it the list).
 */
export function attachReview(entries: CorpusEntry[], stockRuns: string[], lists: PrescribedList[], memo?: ReportMemo<[string, Review]>): void {
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
  for (const entry of entries) {
    const { author } = entry.report;
    // The report's place in the corpus is not read: a report added before it leaves its signals as they were.
    const inputs = jsonDigest(JSON.stringify([ofLists, author === null ? "" : ofSeries.get(author), entry.id, { ...entry.report, order: undefined }]));
    const recalled = memo?.get(entry.id, inputs);
    const review =
      recalled === undefined
        ? reviewReport({ ...entry.report, id: entry.id, letters: reportLetters(entry.report) }, { stock, lists: byKey, series: author === null ? undefined : { author, reports: series.get(author) ?? [] } })
        : recalled[0] === ofStock
          ? recalled[1]
          : { ...recalled[1], ...stockSignals(reportLetters(entry.report), stock) };
    entry.review = review;
    memo?.set(entry.id, inputs, [ofStock, review]);
  }
}
