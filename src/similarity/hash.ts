/** 32-bit FNV-1a of a string's UTF-16 code units: a fast, stable hash for shingles. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The scrambled FNV-1a hash of every k-character run of a text, in order, as `fmix32(fnv1a(run))`, without cutting the
 * text into strings. Written into the start of `into` when it is long enough (a view of it is returned): a caller
 * hashing many texts in a row reuses one buffer instead of allocating one per text, which on a large heap makes V8
 * collect it over and over for the memory outside it.
 */
export function runHashes(chars: string, k: number, into?: Uint32Array): Uint32Array {
  const n = Math.max(0, chars.length - k + 1);
  const out = into && into.length >= n ? into.subarray(0, n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ chars.charCodeAt(j), 0x01000193);
    out[i] = fmix32(h >>> 0);
  }
  return out;
}

/** MurmurHash3's finaliser: scrambles every input bit into every output bit, so one seed gives one independent-looking permutation. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mulberry32: a tiny seeded generator, so the MinHash functions are the same on every build. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
