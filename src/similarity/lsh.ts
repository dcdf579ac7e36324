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
  const bucketOf = Array.from({ length: banding.bands }, () => new Int32Array(n));
  const position = Array.from({ length: banding.bands }, () => new Int32Array(n));
  const members: number[][][] = [];
  for (let b = 0; b < banding.bands; b++) {
    const ids = new Map<number, number>();
    const lists: number[][] = [];
    for (let i = 0; i < n; i++) {
      const sig = signatures[i] as Uint32Array;
      let key = 0;
      for (let r = 0; r < banding.rows; r++) key = fmix32(key ^ (sig[b * banding.rows + r] as number));
      let id = ids.get(key);
      if (id === undefined) {
        id = lists.length;
        ids.set(key, id);
        lists.push([]);
      }
      const list = lists[id] as number[];
      (bucketOf[b] as Int32Array)[i] = id;
      (position[b] as Int32Array)[i] = list.length;
      list.push(i);
    }
    members.push(lists);
  }
  // Shared-band counts in one reused array, reset through the list of items touched: no Map per item.
  const shared = new Int32Array(n);
  return signatures.map((_, i) => {
    const touched: number[] = [];
    for (let b = 0; b < banding.bands; b++) {
      const list = (members[b] as number[][])[(bucketOf[b] as Int32Array)[i] as number] as number[];
      if (list.length < 2) continue;
      const at = (position[b] as Int32Array)[i] as number;
      const from = list.length > banding.maxBucket ? Math.max(0, at - half) : 0;
      const to = list.length > banding.maxBucket ? Math.min(list.length, at + half + 1) : list.length;
      for (let m = from; m < to; m++) {
        const j = list[m] as number;
        if (groups[j] === groups[i]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    touched.sort((x, y) => (shared[y] as number) - (shared[x] as number) || x - y);
    const kept = touched.slice(0, banding.perItem);
    for (const j of touched) shared[j] = 0;
    return kept;
  });
}
