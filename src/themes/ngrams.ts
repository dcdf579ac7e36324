import { gramCharacterAt } from "../text/char-class.ts";

/**
 * Grams as dense numbers 0, 1, 2, … in order of first sight, each with its text. Training reads millions of grams, far
 * fewer of them distinct: a number per gram, found from the character codes in a table of typed arrays, spares a
 * string and a string hash per gram read, and lets counts and sums run on typed arrays.
 */
export class GramIds {
  private readonly texts: string[] = [];
  /**
   * Open addressing, at most half full: per slot, a gram's key and its id, -1 where empty. The key is (prefix, last
   * code point): for a bigram, the prefix is -1 - its first code point; for a trigram, the id of its first two
   * characters' bigram.
   */
  private slotIds = new Int32Array(64).fill(-1);
  private slotPrefixes = new Int32Array(64);
  private slotLasts = new Int32Array(64);

  get size(): number {
    return this.texts.length;
  }

  text(id: number): string {
    return this.texts[id] as string;
  }

  bigram(first: number, last: number): number {
    return this.intern(-1 - first, last);
  }

  trigram(bigram: number, last: number): number {
    return this.intern(bigram, last);
  }

  private intern(prefix: number, last: number): number {
    const mask = this.slotIds.length - 1;
    for (let slot = hash(prefix, last) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slotIds[slot] as number;
      if (id < 0) return this.add(slot, prefix, last);
      if (this.slotPrefixes[slot] === prefix && this.slotLasts[slot] === last) return id;
    }
  }

  private add(slot: number, prefix: number, last: number): number {
    const id = this.texts.length;
    this.texts.push((prefix < 0 ? String.fromCodePoint(-1 - prefix) : this.text(prefix)) + String.fromCodePoint(last));
    this.put(slot, id, prefix, last);
    if (2 * this.texts.length > this.slotIds.length) this.rehash();
    return id;
  }

  private put(slot: number, id: number, prefix: number, last: number): void {
    this.slotIds[slot] = id;
    this.slotPrefixes[slot] = prefix;
    this.slotLasts[slot] = last;
  }

  private rehash(): void {
    const { slotIds, slotPrefixes, slotLasts } = this;
    this.slotIds = new Int32Array(2 * slotIds.length).fill(-1);
    this.slotPrefixes = new Int32Array(2 * slotIds.length);
    this.slotLasts = new Int32Array(2 * slotIds.length);
    const mask = this.slotIds.length - 1;
    slotIds.forEach((id, old) => {
      if (id < 0) return;
      const prefix = slotPrefixes[old] as number;
      const last = slotLasts[old] as number;
      let slot = hash(prefix, last) & mask;
      while ((this.slotIds[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.put(slot, id, prefix, last);
    });
  }
}

function hash(prefix: number, last: number): number {
  const h = Math.imul(Math.imul(prefix, 0x9e3779b1) ^ last, 0x85ebca77);
  return h ^ (h >>> 15);
}

/**
 * The ids of a text's character bigrams and trigrams, run by run, in reading order (repeats kept): the features of
 * the theme profiles. Pairs and triples of characters catch a phrase reworded or reordered (主观世界的自觉改造 shares
 * 主观, 观世, 世界, 改造 with 改造主观世界), which a whole-phrase lexicon misses. Characters are code points: one outside
 * the BMP counts as one. Written to the front of `grams`, which must hold 2 × text.length.
 */
export function readGrams(text: string, ids: GramIds, grams: Int32Array = new Int32Array(2 * text.length)): Int32Array {
  let n = 0;
  // The two characters before this one in its run, and the bigram they make; -1 until the run has had them.
  let before = -1;
  let last = -1;
  let bigram = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    const inRun = gramCharacterAt(text, i) > 0;
    i += c > 0xffff ? 2 : 1;
    if (!inRun) {
      before = last = -1;
      continue;
    }
    if (before >= 0) grams[n++] = ids.trigram(bigram, c);
    if (last >= 0) grams[n++] = bigram = ids.bigram(last, c);
    before = last;
    last = c;
  }
  return grams.subarray(0, n);
}


/** The grams of a text as strings (see `readGrams`). */
export function ngrams(text: string): string[] {
  const ids = new GramIds();
  return Array.from(readGrams(text, ids), (g) => ids.text(g));
}

/** Reads text after text into one set of gram ids, giving each text's distinct grams and their shares. */
export class GramCounter {
  readonly ids = new GramIds();
  /** By gram id; all 0 between texts. */
  private counts = new Int32Array(0);
  /** Reused from text to text: typed arrays this size are slow to allocate, one per text. */
  private grams = new Int32Array(0);
  private shares = new Float64Array(0);

  /**
   * A text's distinct grams in first-seen order, and each one's share of its grams: 1 / (the text's number of grams)
   * added once per occurrence, so the shares are the same floats to the last bit as those summed gram by gram. The
   * arrays are overwritten by the next call.
   */
  read(text: string): { grams: Int32Array; shares: Float64Array } {
    if (this.grams.length < 2 * text.length) this.grams = new Int32Array(4 * text.length);
    const all = readGrams(text, this.ids, this.grams);
    if (this.counts.length < this.ids.size) this.counts = new Int32Array(2 * this.ids.size);
    if (this.shares.length < all.length) this.shares = new Float64Array(this.grams.length);
    const { counts, shares } = this;
    let distinct = 0;
    // The distinct grams go to the front of `all`, over grams already counted.
    for (let i = 0; i < all.length; i++) {
      const g = all[i] as number;
      if ((counts[g] as number)++ === 0) all[distinct++] = g;
    }
    for (let k = 0; k < distinct; k++) {
      const g = all[k] as number;
      let share = 0;
      for (let c = counts[g] as number; c > 0; c--) share += 1 / all.length;
      shares[k] = share;
      counts[g] = 0;
    }
    return { grams: all.subarray(0, distinct), shares: shares.subarray(0, distinct) };
  }
}

/**
 * The counter `gramShares` reads with, kept from call to call (a fresh one per text would be slower than strings),
 * started afresh past 2^16 grams so that it does not grow without end.
 */
let sharesCounter = new GramCounter();

/** Gram → its share of the text's grams (they sum to 1), in first-seen order; empty for a text without grams. */
export function gramShares(text: string): Map<string, number> {
  if (sharesCounter.ids.size > 1 << 16) sharesCounter = new GramCounter();
  const { ids } = sharesCounter;
  const { grams, shares } = sharesCounter.read(text);
  const byText = new Map<string, number>();
  grams.forEach((g, k) => byText.set(ids.text(g), shares[k] as number));
  return byText;
}
