import { comparable } from "./shingles.ts";

/** A `[start, end)` range of a passage's text. */
export type Span = [start: number, end: number];

/**
 * Where `text` words things as `other` does: from left to right, each longest run of at least n
 * letters found verbatim in `other`, as ranges of the original text. Adjacent runs stay separate
 * spans, so every span is one piece of the other text.
 */
export function sharedSpans(text: string, other: string, n: number): Span[] {
  const mine = comparable(text);
  const theirs = comparable(other).chars;
  const grams = new Set<string>();
  for (let i = 0; i + n <= theirs.length; i++) grams.add(theirs.slice(i, i + n));
  const spans: Span[] = [];
  for (let i = 0; i + n <= mine.chars.length; ) {
    if (!grams.has(mine.chars.slice(i, i + n))) {
      i++;
      continue;
    }
    let end = i + n;
    while (end < mine.chars.length && theirs.includes(mine.chars.slice(i, end + 1))) end++;
    spans.push([mine.at[i] as number, (mine.at[end - 1] as number) + 1]);
    i = end;
  }
  return spans;
}
