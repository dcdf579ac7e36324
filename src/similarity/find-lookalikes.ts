import { indexDistinct } from "../lib/distinct.ts";
import { interner } from "../lib/interner.ts";
import { candidates, type Banding, type Signatures } from "./lsh.ts";
import { minhashSeeds, signature } from "./minhash.ts";
import { overlap, type Overlap } from "./overlap.ts";
import { sharesRun } from "./shared-spans.ts";
import { comparable, shingleSet, shingleSets } from "./shingles.ts";

/** How look-alikes are found; the defaults are what the site is built with. */
export interface LookalikeOptions extends Banding {
  /** Shingle length in characters. */
  k: number;
  /** Seed of the MinHash functions (bands × rows of them). */
  seed: number;
  /** Look-alikes kept per passage, most similar first. */
  topK: number;
  /** A pair is a look-alike from this Jaccard of its shingle sets… */
  minJaccard: number;
  /** …when it also shares at least one run of this many letters word for word (the run is what gets highlighted). */
  minRun: number;
  /** A close match, for the share of a report found in earlier ones: Jaccard at least this… */
  closeJaccard: number;
  /** …or this much of the shorter passage found in the longer one… */
  closeContainment: number;
  /** …where the shorter passage has at least this many shingles (a short formula is not copying). */
  minShingles: number;
}

// 128 bands of 2 rows: a pair at Jaccard 0.05 becomes a candidate with p ≈ 0.27, at 0.1 with p ≈ 0.72,
// at 0.15 with p ≈ 0.95, while the typical unrelated pair of this genre (Jaccard < 0.01) almost never does.
export const defaultLookalikeOptions: LookalikeOptions = {
  k: 3,
  seed: 20211231,
  bands: 128,
  rows: 2,
  maxBucket: 20,
  perItem: 20,
  topK: 3,
  minJaccard: 0.05,
  minRun: 8,
  closeJaccard: 0.3,
  closeContainment: 0.6,
  minShingles: 30,
};

/** A passage to compare: its text, and its report's position in the corpus (passages of one report are never compared). */
export interface Comparand {
  group: number;
  text: string;
}

/** One look-alike: the other passage's index and how much they share. */
export interface Match extends Overlap {
  index: number;
}

/**
 * For every passage, its most similar passages in other groups, and whether an earlier group holds a close match.
 * Packed in typed arrays, `topK` slots a passage (index −1 in a slot left empty), which a thread hands over without
 * copying: as objects, the 5.7 million look-alikes of 100,000 reports were some 0.6 GB on each side and as much again
 * in transit.
 */
export interface Lookalikes {
  topK: number;
  index: Int32Array<ArrayBuffer>;
  jaccard: Float64Array<ArrayBuffer>;
  containment: Float64Array<ArrayBuffer>;
  /** 1 where an earlier group holds a close match. */
  echoesEarlier: Uint8Array<ArrayBuffer>;
}

/** The look-alikes of passage `i`, most similar first. */
export function matchesOf({ topK, index, jaccard, containment }: Lookalikes, i: number): Match[] {
  const found: Match[] = [];
  for (let at = i * topK; at < (i + 1) * topK && (index[at] as number) >= 0; at++) {
    found.push({ index: index[at] as number, jaccard: jaccard[at] as number, containment: containment[at] as number });
  }
  return found;
}

/**
 * MinHash + LSH candidates, verified by exact Jaccard and containment and a shared run of minRun letters, for the
 * kept few: each passage costs at most bands × maxBucket lookups and perItem verifications.
 */
export function findLookalikes(items: Comparand[], options: LookalikeOptions = defaultLookalikeOptions): Lookalikes {
  const { groups, letters } = comparedLetters(items);
  return lookalikesOfLetters(groups, letters, options);
}

/**
 * The passages as {@link lookalikesOfLetters} takes them: their groups, and their letters (`comparable(text).chars`),
 * the same letters held once however many passages have them.
 */
export function comparedLetters(items: Comparand[]): { groups: number[]; letters: string[] } {
  const once = interner();
  return { groups: items.map((it) => it.group), letters: items.map((it) => once(comparable(it.text).chars)) };
}

/** {@link findLookalikes} of passages given as their groups and letters (`comparable(text).chars`), not their texts. */
export function lookalikesOfLetters(groups: number[], letters: string[], options: LookalikeOptions = defaultLookalikeOptions): Lookalikes {
  const seeds = minhashSeeds(options.bands * options.rows, options.seed);
  // Copied passages repeat across many reports: each distinct wording is shingled and signed once.
  const { distinct, of: setOf } = indexDistinct(letters);
  const sets = shingleSets(distinct, options.k);
  // The signatures' rows a few bands at a time, one table for all sets: each row depends on its seed alone, so no row
  // is computed twice.
  const signatures: Signatures = {
    count: distinct.length,
    of: setOf,
    rows: (from, to) => {
      const rows = new Uint32Array(distinct.length * (to - from));
      const part = seeds.subarray(from, to);
      for (let k = 0; k < distinct.length; k++) signature(shingleSet(sets, k), part, rows, k * part.length);
      return rows;
    },
  };
  const { topK } = options;
  const n = letters.length;
  const found: Lookalikes = {
    topK,
    index: new Int32Array(n * topK).fill(-1),
    jaccard: new Float64Array(n * topK),
    containment: new Float64Array(n * topK),
    echoesEarlier: new Uint8Array(n),
  };
  let i = 0;
  for (const others of candidates(signatures, groups, options)) {
    const a = shingleSet(sets, setOf[i] as number);
    const verified: Match[] = [];
    for (const j of others) {
      const b = shingleSet(sets, setOf[j] as number);
      const o = overlap(a, b);
      if (o.jaccard < options.minJaccard) continue;
      verified.push({ index: j, ...o });
      const long = Math.min(a.length, b.length) >= options.minShingles;
      const close = o.jaccard >= options.closeJaccard || (long && o.containment >= options.closeContainment);
      if (close && (groups[j] as number) < (groups[i] as number)) found.echoesEarlier[i] = 1;
    }
    verified.sort((x, y) => y.jaccard - x.jaccard || y.containment - x.containment || x.index - y.index);
    let at = i * topK;
    for (const o of verified) {
      if (at === (i + 1) * topK) break;
      if (!sharesRun({ chars: letters[i] as string }, { chars: letters[o.index] as string }, options.minRun)) continue;
      found.index[at] = o.index;
      found.jaccard[at] = o.jaccard;
      found.containment[at] = o.containment;
      at++;
    }
    i++;
  }
  return found;
}
