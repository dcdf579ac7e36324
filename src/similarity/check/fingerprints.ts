import { fmix32, runHashes } from "../hash.ts";
import type { Comparable } from "../shingles.ts";

/** How a text is fingerprinted for the 查重 index, and a draft's items the same way; the defaults are what the site is built with. */
export interface FingerprintOptions {
  /** Length of the character runs that are hashed (after punctuation is dropped). */
  k: number;
  /** A run is kept when its hash is divisible by this: the same runs are kept in every text, so shared wording meets. */
  sample: number;
  /** A text keeps at least this many fingerprints (its smallest hashes), so a short item is findable too. */
  atLeast: number;
}

// Five characters: long enough that a hit means shared wording (two-character words recur everywhere),
// short enough to survive a synonym swapped every dozen characters. One run in 32 finds a long text; a short one
// is found by its ten smallest hashes: with 15% of its characters replaced and two clauses swapped it keeps about
// two in five of its runs, so three hashes (as the index kept before) all fell on edits a fifth of the time, ten
// about one time in a hundred. Drafts are fingerprinted alike: a short item looks up ten, a 200-character stretch
// of a long one about as many as one run in 16 gave.
export const indexFingerprints: FingerprintOptions = { k: 5, sample: 32, atLeast: 10 };

/**
 * The text's fingerprints, sorted and unique: the hashes of its k-character runs that the sample keeps,
 * topped up with other hashes to `atLeast`, those first in a fixed scrambled order. Both depend only on the runs,
 * never on position: a run a draft shares with its source is topped up in both unless more runs than the top-up
 * holds, found in only one of them, come before it.
 */
/** Where a hash comes in the top-up's order: a second scrambling, independent of the hash's high bits. */
export const topUpKey = (h: number) => fmix32(h ^ 0x5bd1e995);

export function fingerprints(text: Comparable, options: FingerprintOptions = indexFingerprints): Uint32Array {
  const { chars } = text;
  const { k, sample, atLeast } = options;
  if (chars.length === 0) return new Uint32Array(0);
  // A text shorter than k is one run.
  const all = runHashes(chars, Math.min(k, chars.length)).sort();
  const unique = all.filter((h, i) => i === 0 || h !== all[i - 1]);
  const kept = unique.filter((h) => h % sample === 0);
  if (kept.length >= atLeast) return kept;
  // The top-up is chosen by a second scrambling of the hash, not by the hash itself: the smallest hashes all share
  // their high bits, which name the shard, so every short item's top-up would crowd into the first few shards.
  const rest = [...unique.filter((h) => h % sample !== 0)].sort((a, b) => topUpKey(a) - topUpKey(b));
  return Uint32Array.from([...kept, ...rest.slice(0, atLeast - kept.length)]).sort();
}
