// Chinese has no spaces, and Pagefind's word segmentation makes most substrings unfindable
// (党史学习教育 → 党|史学|习|教育 hides 学习教育). Indexing overlapping character pairs, as
// Lucene's CJK analyzer does, makes every substring of two or more characters a phrase of pairs.

/** A run of characters that are searched inside: Han, kana, Hangul, Latin letters, digits. */
const run = /[\p{L}\p{N}]+/gu;

/** The maximal runs of searchable characters, lower-cased. */
export function runs(text: string): string[] {
  return (text.toLowerCase().match(run) ?? []);
}

/** Overlapping pairs of a run, each a token: 党史学 → 党史 史学. */
function pairs(chars: string[]): string[] {
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] as string));
}

/**
 * A character as the word a single-character search looks up. As a prefix of pairs it would be ranked by
 * frequency, and incomplete on a large index (Pagefind reads one index chunk per prefix); an exact word's
 * matches come all, in index order, that is corpus order, like a phrase's. Pagefind keeps the underscore
 * in words and queries, so the word is never a pair or a run's last character: no phrase matches it.
 */
export function charToken(char: string): string {
  return `${char}_`;
}

/**
 * The tokens a text is indexed as: the pairs of each run, then the run's last character alone, which
 * sits between runs so that a phrase never matches across punctuation; after all runs, each distinct
 * character once as its `charToken`.
 */
export function indexTokens(text: string): string[] {
  const all = runs(text);
  const phrases = all.flatMap((r) => {
    const chars = [...r];
    return [...pairs(chars), chars[chars.length - 1] as string];
  });
  return [...phrases, ...[...new Set(all.flatMap((r) => [...r]))].map(charToken)];
}

/** The tokens to search as one phrase for a query term, matching `indexTokens` of any text containing it. */
export function queryTokens(term: string): string[] {
  const all = runs(term).map((r) => [...r]);
  return all.flatMap((chars, i) => {
    const last = i === all.length - 1;
    // The term's last run may continue in the text (学习教 inside 学习教育): no closing lone character.
    if (last) return chars.length > 1 ? pairs(chars) : all.length === 1 ? chars : [];
    return [...pairs(chars), chars[chars.length - 1] as string];
  });
}

/** True when the term is a single searchable character, which needs a prefix search rather than a phrase. */
export function isSingleChar(term: string): boolean {
  const all = runs(term);
  return all.length === 1 && [...(all[0] as string)].length === 1;
}
