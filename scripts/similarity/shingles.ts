import { fmix32, fnv1a } from "./hash.ts";

/** A text reduced to what wording is compared on (letters and digits, lower-cased), with each kept character's index in the original. */
export interface Comparable {
  chars: string;
  at: number[];
}

/** Drops punctuation, spaces and quotes, so `坚定“四个自信”` and `坚定四个自信` read alike. */
export function comparable(text: string): Comparable {
  let chars = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/[\p{L}\p{N}]/u.test(c)) {
      chars += c.toLowerCase();
      at.push(i);
    }
  }
  return { chars, at };
}

/** The text's character k-grams as a sorted set of 32-bit hashes (a text shorter than k is one shingle). */
export function shingles(text: string, k: number): Uint32Array {
  const { chars } = comparable(text);
  if (chars.length === 0) return new Uint32Array(0);
  const n = Math.max(1, chars.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32(fnv1a(chars.slice(i, i + k)));
  out.sort();
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] as number;
  return out.slice(0, w);
}
