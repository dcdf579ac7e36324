import { describe, expect, it } from "vitest";
import { fmix32, mulberry32 } from "../../../src/similarity/hash.ts";
import { candidates, type Banding } from "../../../src/similarity/lsh.ts";
import { signaturesOf } from "../support/signatures-of.ts";

/** `candidates` done the plain way: a Map of buckets per band, a Map of counts per item, a full sort. */
function reference(signatures: Uint32Array[], groups: number[], { bands, rows, maxBucket, perItem }: Banding): number[][] {
  const half = Math.floor(maxBucket / 2);
  const buckets = Array.from({ length: bands }, (_, b) => {
    const byKey = new Map<number, number[]>();
    const of = signatures.map((sig, i) => {
      let key = 0;
      for (let r = 0; r < rows; r++) key = fmix32(key ^ (sig[b * rows + r] as number));
      const list = byKey.get(key) ?? [];
      byKey.set(key, list);
      list.push(i);
      return list;
    });
    return of;
  });
  return signatures.map((_, i) => {
    const shared = new Map<number, number>();
    for (const of of buckets) {
      const list = of[i] as number[];
      const p = list.indexOf(i);
      const window = list.length > maxBucket ? list.slice(Math.max(0, p - half), p + half + 1) : list;
      for (const j of window) if (groups[j] !== groups[i]) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    return [...shared.keys()].sort((x, y) => (shared.get(y) as number) - (shared.get(x) as number) || x - y).slice(0, perItem);
  });
}

describe("LSH candidates", () => {
  // Few distinct values make big buckets (beyond maxBucket) and ties; many make distinct keys that meet in the table.
  const cases: { n: number; values: number; groups: number; banding: Banding }[] = [
    { n: 600, values: 2, groups: 40, banding: { bands: 6, rows: 2, maxBucket: 20, perItem: 7 } },
    { n: 600, values: 3, groups: 600, banding: { bands: 5, rows: 1, maxBucket: 9, perItem: 30 } },
    { n: 800, values: 5, groups: 3, banding: { bands: 8, rows: 2, maxBucket: 4, perItem: 3 } },
    { n: 3000, values: 2 ** 32, groups: 100, banding: { bands: 4, rows: 2, maxBucket: 20, perItem: 5 } },
    { n: 1000, values: 40, groups: 50, banding: { bands: 16, rows: 1, maxBucket: 11, perItem: 20 } },
    { n: 200, values: 2, groups: 10, banding: { bands: 3, rows: 1, maxBucket: 20, perItem: 0 } },
    { n: 1, values: 2, groups: 1, banding: { bands: 3, rows: 2, maxBucket: 20, perItem: 5 } },
    { n: 0, values: 2, groups: 1, banding: { bands: 3, rows: 2, maxBucket: 20, perItem: 5 } },
  ];

  it.each(cases)("are the plain way's, in its order ($n items of $values values)", ({ n, values, groups, banding }) => {
    const rand = mulberry32(n + values);
    const length = banding.bands * banding.rows;
    // Some items repeat an earlier one's signature, as copied passages do.
    const signatures: Uint32Array[] = [];
    for (let i = 0; i < n; i++) {
      const copy = i > 0 && rand() % 4 === 0 ? signatures[rand() % i] : undefined;
      signatures.push(copy ?? Uint32Array.from({ length }, () => rand() % values));
    }
    const group = Array.from({ length: n }, () => rand() % groups);
    expect([...candidates(signaturesOf(signatures), group, banding)]).toEqual(reference(signatures, group, banding));
  });
});
