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
 * For each item, up to `perItem` other items (never of the same group) that agree with it on all
 * rows of at least one band, most shared bands first. Work is O(items × bands × maxBucket).
 */
export function candidates(signatures: Uint32Array[], groups: number[], banding: Banding): number[][] {
  const n = signatures.length;
  const half = Math.floor(banding.maxBucket / 2);
  const group = Int32Array.from(groups);
  // Per band, its buckets laid out one after another in one typed array (members in item order), so the
  // hot loop below reads flat memory: `start[b][k]` is where bucket k begins in `members[b]`.
  const bucketOf = Array.from({ length: banding.bands }, () => new Int32Array(n));
  const position = Array.from({ length: banding.bands }, () => new Int32Array(n));
  const members = Array.from({ length: banding.bands }, () => new Int32Array(n));
  const starts: Int32Array[] = [];
  for (let b = 0; b < banding.bands; b++) {
    const ids = new Map<number, number>();
    const bucket = bucketOf[b] as Int32Array;
    const at = position[b] as Int32Array;
    const sizes: number[] = [];
    for (let i = 0; i < n; i++) {
      const sig = signatures[i] as Uint32Array;
      let key = 0;
      for (let r = 0; r < banding.rows; r++) key = fmix32(key ^ (sig[b * banding.rows + r] as number));
      let id = ids.get(key);
      if (id === undefined) {
        id = sizes.length;
        ids.set(key, id);
        sizes.push(0);
      }
      bucket[i] = id;
      at[i] = sizes[id] as number;
      sizes[id] = (sizes[id] as number) + 1;
    }
    const start = new Int32Array(sizes.length + 1);
    for (let k = 0; k < sizes.length; k++) start[k + 1] = (start[k] as number) + (sizes[k] as number);
    const list = members[b] as Int32Array;
    for (let i = 0; i < n; i++) list[(start[bucket[i] as number] as number) + (at[i] as number)] = i;
    starts.push(start);
  }
  // Shared-band counts in one reused array, reset through the list of items touched: no Map per item.
  const shared = new Int32Array(n);
  const result: number[][] = [];
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    const g = group[i] as number;
    for (let b = 0; b < banding.bands; b++) {
      const start = starts[b] as Int32Array;
      const k = (bucketOf[b] as Int32Array)[i] as number;
      const first = start[k] as number;
      const size = (start[k + 1] as number) - first;
      if (size < 2) continue;
      const at = (position[b] as Int32Array)[i] as number;
      const from = size > banding.maxBucket ? Math.max(0, at - half) : 0;
      const to = size > banding.maxBucket ? Math.min(size, at + half + 1) : size;
      const list = members[b] as Int32Array;
      for (let m = first + from; m < first + to; m++) {
        const j = list[m] as number;
        if (group[j] === g) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    touched.sort((x, y) => (shared[y] as number) - (shared[x] as number) || x - y);
    result.push(touched.slice(0, banding.perItem));
    for (const j of touched) shared[j] = 0;
  }
  return result;
}
