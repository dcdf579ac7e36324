import { runHashes } from "../hash.ts";
import type { Comparable } from "../shingles.ts";

/** How a text is fingerprinted for the 查重 index; the defaults are what the site is built with. */
export interface FingerprintOptions {
  /** Length of the character runs that are hashed (after punctuation is dropped). */
  k: number;
  /** A run is kept when its hash is divisible by this: the same runs are kept in every text, so shared wording meets. */
  sample: number;
  /** A text keeps at least this many fingerprints (its smallest hashes), so a short item is findable too. */
  atLeast: number;
}

// Five characters: long enough that a hit means shared wording (two-character words recur everywhere),
// short enough to survive a synonym swapped every dozen characters. One run in 16 keeps the index small.
export const indexFingerprints: FingerprintOptions = { k: 5, sample: 16, atLeast: 3 };

/** A draft's items look up more of their smallest hashes than the index keeps, so a shortened copy still meets them. */
export const queryFingerprints: FingerprintOptions = { ...indexFingerprints, atLeast: 6 };

/**
 * The text's fingerprints, sorted and unique: the hashes of its k-character runs that the sample keeps,
 * topped up with its smallest other hashes to `atLeast`. Both depend only on the runs, never on position.
 */
export function fingerprints(text: Comparable, options: FingerprintOptions = indexFingerprints): Uint32Array {
  const { chars } = text;
  const { k, sample, atLeast } = options;
  if (chars.length === 0) return new Uint32Array(0);
  // A text shorter than k is one run.
  const all = runHashes(chars, Math.min(k, chars.length)).sort();
  const unique = all.filter((h, i) => i === 0 || h !== all[i - 1]);
  const kept = unique.filter((h) => h % sample === 0);
  if (kept.length >= atLeast) return kept;
  // Sorted ascending, so the first unsampled hashes are the smallest.
  const topUp = unique.filter((h) => h % sample !== 0).subarray(0, atLeast - kept.length);
  return Uint32Array.from([...kept, ...topUp]).sort();
}
