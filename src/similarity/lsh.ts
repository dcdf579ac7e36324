import { fmix32 } from "./hash.ts";

/** How signatures are cut into bands, and how much work one passage may cause. */
export interface Banding {
  bands: number;
  rows: number;
  /** In a bucket larger than this (a formula shared by thousands), a passage only meets this many neighbours. */
  maxBucket: number;
  /** Candidates kept per passage: those sharing the most bands, i.e. the likeliest to be similar. */
  perItem: number;
}

/**
 * The items' MinHash signatures, asked for a few bands at a time, so that no one holds every signature whole (1 kB a
 * passage of its own: 2 GB at 100,000 reports of mostly distinct passages). Copied passages share one signature:
 * `rows(from, to)` gives rows `from` to `to` (exclusive) of each of the `count` distinct signatures, one after another,
 * and `of[i]` is which of them item i has.
 */
export interface Signatures {
  /** How many distinct signatures there are. */
  count: number;
  /** For each item, which distinct signature it has. */
  of: Int32Array;
  /** Rows `from` to `to` of every distinct signature, `to − from` values each, one signature after another. */
  rows: (from: number, to: number) => Uint32Array;
}

/**
 * For each item in turn, up to `perItem` other items (never of the same group) that agree with it on all
 * rows of at least one band, most shared bands first. Work is O(items × bands × maxBucket). Given one item at a
 * time, to be used as they come: at 100,000 reports the lists of all 1.9 million passages held at once took some
 * 0.4 GB beside the layout.
 */
export function* candidates(signatures: Signatures, groups: number[], banding: Banding): Generator<number[]> {
  const n = groups.length;
  const { bands, rows, maxBucket, perItem } = banding;
  const half = Math.floor(maxBucket / 2);
  const group = Int32Array.from(groups);
  // Per band (at b × n), its buckets laid out one after another (members in item order), and for each item the
  // range of that layout it meets, as its start and its width (at most maxBucket + 1, a byte as the defaults go):
  // the hot loop below then reads flat memory only.
  const members = new Int32Array(bands * n);
  const lo = new Int32Array(bands * n);
  const width = maxBucket < 255 ? new Uint8Array(bands * n) : new Int32Array(bands * n);
  // Bucket keys, a few bands at a time, computed signature by signature (read band by band, every signature would be
  // a cache miss in every band) into a table that stays small however many bands there are.
  const { count: distinct, of } = signatures;
  const chunk = Math.min(bands, 16);
  const keyOf = new Int32Array(chunk * distinct);
  // Bucket key to bucket id by open addressing (a Map here took half the time): keys come out of fmix32, so their
  // low bits index the table directly, at most half full so probes stay short.
  const mask = 2 ** Math.ceil(Math.log2(2 * n + 2)) - 1;
  const keys = new Int32Array(mask + 1);
  const ids = new Int32Array(mask + 1);
  const bucket = new Int32Array(n);
  const at = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (let b0 = 0; b0 < bands; b0 += chunk) {
    const chunkBands = Math.min(chunk, bands - b0);
    const span = chunkBands * rows;
    const sig = signatures.rows(b0 * rows, b0 * rows + span);
    for (let k = 0; k < distinct; k++) {
      for (let d = 0; d < chunkBands; d++) {
        let key = 0;
        for (let r = 0; r < rows; r++) key = fmix32(key ^ (sig[k * span + d * rows + r] as number));
        keyOf[d * distinct + k] = key;
      }
    }
    for (let d = 0; d < chunkBands; d++) {
      const b = b0 + d;
      ids.fill(-1);
      start.fill(0);
      let count = 0;
      for (let i = 0; i < n; i++) {
        const key = keyOf[d * distinct + (of[i] as number)] as number;
        let s = key & mask;
        while (ids[s] !== -1 && keys[s] !== key) s = (s + 1) & mask;
        if (ids[s] === -1) {
          keys[s] = key;
          ids[s] = count++;
        }
        const id = ids[s] as number;
        bucket[i] = id;
        // Sizes counted in start[id + 1], turned into starts below.
        at[i] = start[id + 1]++;
      }
      for (let k = 0; k < count; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
      for (let i = 0; i < n; i++) {
        const id = bucket[i] as number;
        const first = b * n + (start[id] as number);
        const size = (start[id + 1] as number) - (start[id] as number);
        const p = at[i] as number;
        members[first + p] = i;
        // A lone item meets no one: an empty range. In a big bucket, an item meets the neighbours around it.
        if (size < 2) continue;
        const from = size > maxBucket ? Math.max(0, p - half) : 0;
        lo[b * n + i] = first + from;
        width[b * n + i] = (size > maxBucket ? Math.min(size, p + half + 1) : size) - from;
      }
    }
  }
  // Shared-band counts in one reused array, reset through the list of items touched: no Map per item.
  const shared = new Int32Array(n);
  const top = new Float64Array(perItem);
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    const g = group[i] as number;
    for (let x = i; x < bands * n; x += n) {
      const from = lo[x] as number;
      const end = from + (width[x] as number);
      for (let m = from; m < end; m++) {
        const j = members[m] as number;
        if (group[j] === g) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    // Most shared bands first, then lowest index, as one number per candidate; the least perItem of them kept
    // sorted by insertion: most touched items never get in, and there is no sort of them all.
    let size = 0;
    for (const j of touched) {
      const key = (bands - (shared[j] as number)) * n + j;
      // Larger keys move up one (off the end of a full list) to make its place.
      let t = size < perItem ? size++ : perItem;
      for (; t > 0 && (top[t - 1] as number) > key; t--) if (t < perItem) top[t] = top[t - 1] as number;
      if (t < perItem) top[t] = key;
    }
    for (const j of touched) shared[j] = 0;
    yield Array.from(top.subarray(0, size), (key) => key % n);
  }
}
