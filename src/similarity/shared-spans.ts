import { comparable, type Comparable } from "./shingles.ts";

/** A `[start, end)` range of a passage's text. */
export type Span = [start: number, end: number];

/** Where each run of n letters starts in a text's letters. */
export type GramStarts = Map<string, number[]>;

/** The start positions of every n-letter run of `chars`, by run. */
export function gramStarts(chars: string, n: number): GramStarts {
  const starts: GramStarts = new Map();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n);
    const list = starts.get(gram);
    if (list) list.push(i);
    else starts.set(gram, [i]);
  }
  return starts;
}

/**
 * Where `text` words things as `other` does: from left to right, each longest run of at least n
 * letters found verbatim in `other`, as ranges of the original text. Adjacent runs stay separate
 * spans, so every span is one piece of the other text.
 */
export function sharedSpans(text: string | Comparable, other: string | Comparable, n: number, starts?: GramStarts): Span[] {
  // Callers comparing one passage with many pass its Comparable (and its gram starts), made once.
  const mine = typeof text === "string" ? comparable(text) : text;
  const theirs = (typeof other === "string" ? comparable(other) : other).chars;
  starts ??= gramStarts(theirs, n);
  const spans: Span[] = [];
  for (let i = 0; i + n <= mine.chars.length; ) {
    const at = starts.get(mine.chars.slice(i, i + n));
    if (!at) {
      i++;
      continue;
    }
    // The longest run from here, over every place the other text has the same n letters.
    let end = i + n;
    for (const p of at) {
      let e = i + n;
      while (e < mine.chars.length && mine.chars[e] === theirs[p + e - i]) e++;
      end = Math.max(end, e);
    }
    spans.push([mine.at[i] as number, (mine.at[end - 1] as number) + 1]);
    i = end;
  }
  return spans;
}

/** Whether the two texts have a run of at least n letters in common: the test a look-alike must pass, without locating the runs. */
export function sharesRun(text: Pick<Comparable, "chars">, other: Pick<Comparable, "chars">, n: number): boolean {
  const [short, long] = text.chars.length <= other.chars.length ? [text.chars, other.chars] : [other.chars, text.chars];
  const grams = new Set<string>();
  for (let i = 0; i + n <= short.length; i++) grams.add(short.slice(i, i + n));
  for (let i = 0; i + n <= long.length; i++) if (grams.has(long.slice(i, i + n))) return true;
  return false;
}
