/** Runs of characters a profile reads: Chinese characters, letters and digits; punctuation and spaces break a run. */
const runs = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/**
 * The character bigrams and trigrams of a text, run by run, in reading order (repeats kept): the features of the theme
 * profiles. Pairs and triples of characters catch a phrase reworded or reordered (主观世界的自觉改造 shares 主观, 观世, 世界,
 * 改造 with 改造主观世界), which a whole-phrase lexicon misses.
 */
export function ngrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(runs)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      grams.push(`${chars[i]}${chars[i + 1]}`);
      if (i + 2 < chars.length) grams.push(`${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
  }
  return grams;
}

/** Gram → its share of the text's grams (they sum to 1), in first-seen order; empty for a text without grams. */
export function gramShares(text: string): Map<string, number> {
  const grams = ngrams(text);
  const shares = new Map<string, number>();
  for (const g of grams) shares.set(g, (shares.get(g) ?? 0) + 1 / grams.length);
  return shares;
}
