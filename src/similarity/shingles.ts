import { letterOrDigitAt } from "../text/char-class.ts";
import { runHashes } from "./hash.ts";

/** A text reduced to what wording is compared on (letters and digits, lower-cased), with each kept character's index in the original. */
export interface Comparable {
  chars: string;
  at: number[];
}

/** Drops punctuation, spaces and quotes, so `坚定“四个自信”` and `坚定四个自信` read alike. */
export function comparable(text: string): Comparable {
  // The kept characters come in runs between punctuation: sliced whole, each character tested by table lookup.
  const runs: string[] = [];
  const at: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const width = i < text.length ? letterOrDigitAt(text, i) : 0;
    if (width === 0) {
      if (start >= 0) runs.push(text.slice(start, i));
      start = -1;
      i++;
      continue;
    }
    if (start < 0) start = i;
    // A character outside the BMP is two code units; each keeps its own index.
    for (let u = 0; u < width; u++) at.push(i + u);
    i += width;
  }
  return { chars: runs.join("").toLowerCase(), at };
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
