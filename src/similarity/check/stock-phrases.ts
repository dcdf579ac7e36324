import { distinctHashes } from "../distinct-hashes.ts";
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

/**
 * How many reports each run is in, estimated in fixed memory (a count-min sketch: it can only overcount). It only
 * picks the runs to count exactly, so its size and rows change how many are counted, never which are stock. Two
 * rows: the run hashes are already scrambled (runHashes), so the first row takes a hash's low bits as they are and
 * the second scrambles it once more; four rows cost twice the time of the stock count's first pass for nothing.
 */
class RunCounts {
  private readonly first: Uint16Array;
  private readonly second: Uint16Array;
  private readonly mask: number;
  constructor(width: number) {
    this.mask = width - 1;
    this.first = new Uint16Array(width);
    this.second = new Uint16Array(width);
  }
  add(h: number): void {
    const a = h & this.mask;
    const b = fmix32(h ^ 0x9e3779b1) & this.mask;
    if ((this.first[a] as number) < 0xffff) this.first[a] = (this.first[a] as number) + 1;
    if ((this.second[b] as number) < 0xffff) this.second[b] = (this.second[b] as number) + 1;
  }
  /** Whether the estimate reaches n: most runs are rare, and the first row settles it. */
  reaches(h: number, n: number): boolean {
    return (this.first[h & this.mask] as number) >= n && (this.second[fmix32(h ^ 0x9e3779b1) & this.mask] as number) >= n;
  }
}

/** Buffers {@link runsOf} writes into, kept from call to call: the stock count hashes every report three times over. */
let hashed = new Uint32Array(1 << 12);
let distinct = new Uint32Array(1 << 12);

/**
 * The hash of each distinct k-character run of a report's texts (punctuation already dropped), in first-seen order,
 * in a buffer the next call reuses: read it before calling again.
 */
function runsOf(texts: string[], k: number): Uint32Array {
  const n = texts.reduce((sum, t) => sum + Math.max(0, t.length - k + 1), 0);
  if (hashed.length < n) [hashed, distinct] = [new Uint32Array(2 * n), new Uint32Array(2 * n)];
  let w = 0;
  for (const t of texts) w += runHashes(t, k, hashed.subarray(w)).length;
  return distinctHashes([hashed.subarray(0, w)], distinct);
}

/**
 * Exact counts of reports by run hash, with the run each hash was first met as, in an open-addressing table of typed
 * arrays: a Map keyed by 32-bit hashes made V8 box every key it looked up (40 million lookups at 20,000 reports).
 */
class ExactCounts {
  private keys = new Uint32Array(1 << 12);
  /** Reports counted per slot; 0 marks an empty slot. */
  private counts = new Uint32Array(1 << 12);
  private runs: string[] = [];
  private size = 0;
  /** The slot of a hash: where it is, or the empty slot where it would go. */
  slot(h: number): number {
    const mask = this.keys.length - 1;
    let s = h & mask;
    while (this.counts[s] !== 0 && this.keys[s] !== h) s = (s + 1) & mask;
    return s;
  }
  has(slot: number): boolean {
    return this.counts[slot] !== 0;
  }
  count(slot: number): void {
    this.counts[slot] = (this.counts[slot] as number) + 1;
  }
  /** Puts a hash, counted once, in its empty slot; its run is named later ({@link unnamed}). */
  add(h: number, slot: number): void {
    this.keys[slot] = h;
    this.counts[slot] = 1;
    this.runs[slot] = "";
    if (++this.size * 2 > this.keys.length) this.grow();
  }
  /** The slot of a hash added by the report being read whose run is not named yet; -1 for any other hash. */
  unnamed(h: number): number {
    const s = this.slot(h);
    return this.has(s) && this.runs[s] === "" ? s : -1;
  }
  name(slot: number, run: string): void {
    this.runs[slot] = run;
  }
  *entries(): Generator<{ run: string; n: number }> {
    for (let s = 0; s < this.keys.length; s++) if (this.counts[s] !== 0) yield { run: this.runs[s] as string, n: this.counts[s] as number };
  }
  private grow(): void {
    const [keys, counts, runs] = [this.keys, this.counts, this.runs];
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.runs = [];
    for (let s = 0; s < keys.length; s++) {
      if (counts[s] === 0) continue;
      const to = this.slot(keys[s] as number);
      this.keys[to] = keys[s] as number;
      this.counts[to] = counts[s] as number;
      this.runs[to] = runs[s] as string;
    }
  }
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
  // Exact counts by hash, with the run's text taken once, where it is first met: cutting every widespread run out of
  // every report as a string was most of the work. Runs are told apart by their text wherever they are looked up
  // (stockMask), so a rare run whose hash collides with a formula's never becomes stock itself.
  const exact = new ExactCounts();
  for (const texts of reports()) {
    let fresh = false;
    for (const h of runsOf(texts, options.k)) {
      if (!sketch.reaches(h, threshold)) continue;
      const slot = exact.slot(h);
      if (exact.has(slot)) exact.count(slot);
      else {
        exact.add(h, slot);
        fresh = true;
      }
    }
    if (!fresh) continue;
    for (const t of texts) {
      const runs = runHashes(t, options.k, hashed);
      for (let i = 0; i < runs.length; i++) {
        const slot = exact.unnamed(runs[i] as number);
        if (slot >= 0) exact.name(slot, t.slice(i, i + options.k));
      }
    }
  }
  return [...exact.entries()]
    .filter(({ n }) => n >= threshold)
    .sort((a, b) => b.n - a.n || (a.run < b.run ? -1 : 1))
    .slice(0, options.limit)
    .map(({ run }) => run);
}

/**
 * The stock runs as a lookup, built once per page or command: the runs by their hash (two may share one), and a bit
 * per hash's low bits, set for each run's, so that the many runs of a text that are not stock skip the map.
 */
export type StockSet = { k: number; byHash: Map<number, string[]>; bits: Uint32Array; maxLength: number };

/** Low bits of a run's hash the bit filter reads: 2^20 bits (128 kB), a few thousand stock runs set under 1% of them. */
const filterBits = 20;

const bitOf = (hash: number) => hash & ((1 << filterBits) - 1);

export function stockSet(runs: string[], options: Pick<StockOptions, "k" | "maxLength"> = defaultStockOptions): StockSet {
  const byHash = new Map<number, string[]>();
  const bits = new Uint32Array(1 << (filterBits - 5));
  for (const run of runs) {
    if (run.length !== options.k) continue;
    const h = runHashes(run, options.k)[0] as number;
    byHash.set(smallKey(h), [...(byHash.get(smallKey(h)) ?? []), run]);
    bits[bitOf(h) >>> 5] = (bits[bitOf(h) >>> 5] as number) | (1 << (bitOf(h) & 31));
  }
  return { k: options.k, byHash, bits, maxLength: options.maxLength };
}

/**
 * A hash's key in `byHash`: its low 30 bits, which V8 keeps as a small integer. A full 32-bit hash is a heap number,
 * made anew for every lookup; two runs that share a key are told apart by their letters.
 */
const smallKey = (hash: number) => hash & 0x3fffffff;

/** Whether one of the runs starts at `i`, compared code unit by code unit (`startsWith` at an offset was 1 µs a call). */
function startsAny(chars: string, i: number, runs: string[]): boolean {
  next: for (const run of runs) {
    for (let j = 0; j < run.length; j++) if (chars.charCodeAt(i + j) !== run.charCodeAt(j)) continue next;
    return true;
  }
  return false;
}

/** The runs' hashes of the text stockMask is reading, kept from text to text (see runHashes). */
let hashScratch = new Uint32Array(1024);

/**
 * Which characters of a text (punctuation already dropped) are stock wording: those inside stretches made of
 * overlapping stock runs, where the stretch is no longer than a formula. Written into the start of `into` when it
 * is long enough (a view of it is returned), for a caller that reads the mask of each text before the next.
 */
export function stockMask(chars: string, stock: StockSet, into?: Uint8Array): Uint8Array {
  const mask = into && into.length >= chars.length ? into.subarray(0, chars.length).fill(0) : new Uint8Array(chars.length);
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0 && end - start <= stock.maxLength) mask.fill(1, start, end);
  };
  // Runs are hashed without cutting the text; a hash hit is compared in place, so the mask is exact.
  if (hashScratch.length < chars.length) hashScratch = new Uint32Array(chars.length * 2);
  const hashes = runHashes(chars, stock.k, hashScratch);
  for (let i = 0; i + stock.k <= chars.length; i++) {
    const h = hashes[i] as number;
    if (((stock.bits[bitOf(h) >>> 5] as number) & (1 << (bitOf(h) & 31))) === 0) continue;
    const runs = stock.byHash.get(smallKey(h));
    if (runs === undefined || !startsAny(chars, i, runs)) continue;
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
