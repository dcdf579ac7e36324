import { fmix32, mulberry32 } from "./hash.ts";

/** n seeds for n MinHash functions, fixed by one seed so builds are reproducible. */
export function minhashSeeds(n: number, seed: number): Uint32Array {
  const next = mulberry32(seed);
  return Uint32Array.from({ length: n }, next);
}

/** The MinHash signature of a shingle set: for each seeded hash, the least value over the set (all 0xffffffff for an empty set). */
export function signature(set: Uint32Array, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < seeds.length; i++) {
      const h = fmix32(x ^ (seeds[i] as number));
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}
