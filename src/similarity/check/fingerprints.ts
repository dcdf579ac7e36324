import { distinctHashes } from "../distinct-hashes.ts";
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
  // A text shorter than k is one run. Deduplicated in a table, not by sorting every run: only the kept few are
  // sorted (sorting the runs of every passage was the 查重 index's hottest function at 20,000 reports).
  const unique = distinctHashes([runHashes(chars, Math.min(k, chars.length))]);
  let sampled = 0;
  for (let i = 0; i < unique.length; i++) if ((unique[i] as number) % sample === 0) sampled++;
  const top = Math.min(Math.max(0, atLeast - sampled), unique.length - sampled);
  // The top-up is chosen by a second scrambling of the hash, not by the hash itself: the smallest hashes all share
  // their high bits, which name the shard, so every short item's top-up would crowd into the first few shards.
  // topUpKey is one-to-one, so the `top` smallest keys name exactly `top` runs.
  let bar = -1;
  if (top > 0) {
    const keys = new Uint32Array(unique.length - sampled);
    let n = 0;
    for (let i = 0; i < unique.length; i++) if ((unique[i] as number) % sample !== 0) keys[n++] = topUpKey(unique[i] as number);
    bar = keys.sort()[top - 1] as number;
  }
  const out = new Uint32Array(sampled + top);
  let w = 0;
  for (let i = 0; i < unique.length; i++) {
    const h = unique[i] as number;
    if (h % sample === 0 || topUpKey(h) <= bar) out[w++] = h;
  }
  return out.sort();
}
