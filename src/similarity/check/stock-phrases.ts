import { fmix32, runHashes } from "../hash.ts";

/** What counts as the genre's stock wording; the defaults are what the site is built with. */
export interface StockOptions {
  /** Length of the character runs counted across the corpus. */
  k: number;
  /** A run is stock when found in at least this share of the reports… */
  share: number;
  /** …and in at least this many (a corpus of five must not call every shared word a formula). */
  atLeast: number;
  /** At most this many runs are listed, the most widespread first: the page downloads the list. */
  limit: number;
  /** A stretch of stock runs longer than this is a copied sentence, not a formula. */
  maxLength: number;
}

export const defaultStockOptions: StockOptions = { k: 4, share: 0.05, atLeast: 3, limit: 10_000, maxLength: 30 };

/** How many reports each run is in, estimated in fixed memory (a count-min sketch: it can only overcount). */
class RunCounts {
  private readonly rows: Uint16Array[];
  private readonly mask: number;
  constructor(width: number) {
    this.mask = width - 1;
    this.rows = Array.from({ length: 4 }, () => new Uint16Array(width));
  }
  private slot(row: number, h: number): number {
    return fmix32(h ^ Math.imul(row + 1, 0x9e3779b1)) & this.mask;
  }
  add(h: number): void {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i] as Uint16Array;
      const s = this.slot(i, h);
      if ((r[s] as number) < 0xffff) r[s] = (r[s] as number) + 1;
    }
  }
  /** Whether the estimate reaches n: most runs are rare, and the first row below n settles it. */
  reaches(h: number, n: number): boolean {
    for (let i = 0; i < this.rows.length; i++) if (((this.rows[i] as Uint16Array)[this.slot(i, h)] as number) < n) return false;
    return true;
  }
}

/** The hash of each distinct k-character run of a report's texts (punctuation already dropped). */
function runsOf(texts: string[], k: number): Set<number> {
  const runs = new Set<number>();
  for (const t of texts) for (const h of runHashes(t, k)) runs.add(h);
  return runs;
}

/**
 * The runs found in many reports: the genre's formulas (习近平新时代中国特色社会主义思想, 两个维护…), most
 * widespread first. Two passes over the corpus: the first estimates every run's spread in fixed memory, the
 * second counts exactly only the runs the estimate calls widespread. Linear in the corpus.
 */
export function findStockRuns(reports: () => Iterable<string[]>, count: number, options: StockOptions = defaultStockOptions): string[] {
  const threshold = Math.max(options.atLeast, Math.ceil(options.share * count));
  let total = 0;
  for (const texts of reports()) for (const t of texts) total += t.length;
  const width = 2 ** Math.min(23, Math.max(12, Math.ceil(Math.log2(Math.max(1, total)))));
  const sketch = new RunCounts(width);
  for (const texts of reports()) for (const h of runsOf(texts, options.k)) sketch.add(h);
  const exact = new Map<string, number>();
  for (const texts of reports()) {
    // Only the runs the sketch calls widespread are cut out as strings and counted exactly, once per report.
    const seen = new Set<string>();
    for (const t of texts) {
      runHashes(t, options.k).forEach((h, i) => {
        if (sketch.reaches(h, threshold)) seen.add(t.slice(i, i + options.k));
      });
    }
    for (const run of seen) exact.set(run, (exact.get(run) ?? 0) + 1);
  }
  return [...exact]
    .filter(([, n]) => n >= threshold)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.limit)
    .map(([run]) => run);
}

/** The stock runs as a lookup, built once per page or command: their hashes, checked first, and the runs themselves. */
export type StockSet = { k: number; runs: Set<string>; hashes: Set<number>; maxLength: number };

export function stockSet(runs: string[], options: Pick<StockOptions, "k" | "maxLength"> = defaultStockOptions): StockSet {
  const hashes = new Set(runs.flatMap((run) => (run.length === options.k ? [runHashes(run, options.k)[0] as number] : [])));
  return { k: options.k, runs: new Set(runs), hashes, maxLength: options.maxLength };
}

/**
 * Which characters of a text (punctuation already dropped) are stock wording: those inside stretches made of
 * overlapping stock runs, where the stretch is no longer than a formula.
 */
export function stockMask(chars: string, stock: StockSet): Uint8Array {
  const mask = new Uint8Array(chars.length);
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0 && end - start <= stock.maxLength) mask.fill(1, start, end);
  };
  // Runs are hashed without cutting the text; only a hash hit is cut out and looked up, so the mask is exact.
  const hashes = runHashes(chars, stock.k);
  for (let i = 0; i + stock.k <= chars.length; i++) {
    if (!stock.hashes.has(hashes[i] as number) || !stock.runs.has(chars.slice(i, i + stock.k))) continue;
    if (i <= end) end = i + stock.k;
    else {
      close();
      start = i;
      end = i + stock.k;
    }
  }
  close();
  return mask;
}
