import { fmix32, mulberry32 } from "./hash.ts";

/** n seeds for n MinHash functions, fixed by one seed so builds are reproducible. */
export function minhashSeeds(n: number, seed: number): Uint32Array {
  const next = mulberry32(seed);
  return Uint32Array.from({ length: n }, next);
}

/**
 * The MinHash signature of a shingle set: for each seeded hash, the least value over the set (all 0xffffffff for an
 * empty set). Written into `out` from `at` when given: a table of many signatures is one array, not one per set.
 */
export function signature(set: Uint32Array, seeds: Uint32Array, out = new Uint32Array(seeds.length), at = 0): Uint32Array {
  out.fill(0xffffffff, at, at + seeds.length);
  for (const x of set) {
    for (let i = 0; i < seeds.length; i++) {
      const h = fmix32(x ^ (seeds[i] as number));
      if (h < (out[at + i] as number)) out[at + i] = h;
    }
  }
  return out;
}
