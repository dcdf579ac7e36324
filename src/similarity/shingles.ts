import { runHashes } from "./hash.ts";

/** A text reduced to what wording is compared on (letters and digits, lower-cased), with each kept character's index in the original. */
export interface Comparable {
  chars: string;
  at: number[];
}

/** Drops punctuation, spaces and quotes, so `坚定“四个自信”` and `坚定四个自信` read alike. */
export function comparable(text: string): Comparable {
  const kept: string[] = [];
  const at: number[] = [];
  // One scan with a global regex: a per-character test was the build's hottest loop at scale.
  for (const m of text.matchAll(/[\p{L}\p{N}]/gu)) {
    kept.push(m[0]);
    // A character outside the BMP is two code units; each keeps its own index.
    for (let u = 0; u < m[0].length; u++) at.push(m.index + u);
  }
  return { chars: kept.join("").toLowerCase(), at };
}

/** The text's character k-grams as a sorted set of 32-bit hashes (a text shorter than k is one shingle). */
export function shingles(text: string | Pick<Comparable, "chars">, k: number): Uint32Array {
  const { chars } = typeof text === "string" ? comparable(text) : text;
  if (chars.length === 0) return new Uint32Array(0);
  const out = runHashes(chars, Math.min(k, chars.length)).sort();
  const n = out.length;
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] as number;
  return out.slice(0, w);
}
