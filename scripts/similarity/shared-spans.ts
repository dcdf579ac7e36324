import { comparable } from "./shingles.ts";

/** A `[start, end)` range of a passage's text. */
export type Span = [start: number, end: number];

/** Where `text` words things as `other` does: every run of at least n letters found verbatim in `other`, as ranges of the original text. */
export function sharedSpans(text: string, other: string, n: number): Span[] {
  const mine = comparable(text);
  const theirs = comparable(other).chars;
  const grams = new Set<string>();
  for (let i = 0; i + n <= theirs.length; i++) grams.add(theirs.slice(i, i + n));
  const covered = new Uint8Array(mine.chars.length);
  for (let i = 0; i + n <= mine.chars.length; i++) if (grams.has(mine.chars.slice(i, i + n))) covered.fill(1, i, i + n);
  const spans: Span[] = [];
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j < covered.length && covered[j]) j++;
    spans.push([mine.at[i] as number, (mine.at[j - 1] as number) + 1]);
    i = j;
  }
  return spans;
}
