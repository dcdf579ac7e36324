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

// sharesRun's table of the shorter text's runs, kept between calls (one per candidate pair) and grown as needed:
// at a slot, where a run starts plus one (0: empty) and the run's hash.
let runAt = new Int32Array(0);
let runHash = new Int32Array(0);

/** Any odd multiplier makes a polynomial hash that rolls: one step per letter, whatever n is. */
const base = 0x01000193;

/** The slot, in a table of 2^bits of runs of `short`, of the n letters of `chars` at `i` (hashed `h`): where they are, or the empty slot they would take. */
function slotOf(chars: string, i: number, h: number, short: string, n: number, bits: number): number {
  const mask = 2 ** bits - 1;
  // Fibonacci hashing: the high bits of the product, which every bit of the hash reaches, pick the first slot.
  let s = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
  for (; runAt[s] !== 0; s = (s + 1) & mask) {
    if (runHash[s] !== h) continue;
    // Equal hashes may still be different runs: compare the letters, so the answer is exact.
    const p = (runAt[s] as number) - 1;
    let k = 0;
    while (k < n && chars.charCodeAt(i + k) === short.charCodeAt(p + k)) k++;
    if (k === n) return s;
  }
  return s;
}

/** Whether the two texts have a run of at least n letters in common: the test a look-alike must pass, without locating the runs. */
export function sharesRun(text: Pick<Comparable, "chars">, other: Pick<Comparable, "chars">, n: number): boolean {
  const [short, long] = text.chars.length <= other.chars.length ? [text.chars, other.chars] : [other.chars, text.chars];
  if (short.length < n) return false;
  // The shorter text's distinct runs in an open-addressing table at most half full; no run is cut out as a string.
  const bits = Math.ceil(Math.log2(2 * (short.length - n + 1)));
  const size = 2 ** bits;
  if (runAt.length < size) {
    runAt = new Int32Array(size);
    runHash = new Int32Array(size);
  } else runAt.fill(0, 0, size);
  let lead = 1; // base^(n-1): the weight of the letter that leaves the run
  for (let k = 1; k < n; k++) lead = Math.imul(lead, base);
  const roll = (h: number, out: number, into: number) => (Math.imul(h - Math.imul(out, lead), base) + into) | 0;
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, base) + short.charCodeAt(k)) | 0;
  for (let i = 0; ; i++) {
    const s = slotOf(short, i, h, short, n, bits);
    if (runAt[s] === 0) {
      runAt[s] = i + 1;
      runHash[s] = h;
    }
    if (i + n >= short.length) break;
    h = roll(h, short.charCodeAt(i), short.charCodeAt(i + n));
  }
  h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, base) + long.charCodeAt(k)) | 0;
  for (let i = 0; ; i++) {
    if (runAt[slotOf(long, i, h, short, n, bits)] !== 0) return true;
    if (i + n >= long.length) return false;
    h = roll(h, long.charCodeAt(i), long.charCodeAt(i + n));
  }
}
