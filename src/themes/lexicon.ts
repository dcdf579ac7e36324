import type { Lexicon } from "../schemas/theme.ts";

/** Every lexicon phrase with the themes it counts for, longest first. */
export type Phrasebook = [term: string, credits: [theme: string, weight: number][]][];

/** Merges the lexicons into one phrasebook, so the most specific phrase wins across themes too. */
export function phrasebook(lexicons: Lexicon[]): Phrasebook {
  const byTerm = new Map<string, [string, number][]>();
  for (const l of lexicons) for (const [term, weight] of Object.entries(l.keywords)) byTerm.set(term, [...(byTerm.get(term) ?? []), [l.id, weight]]);
  return [...byTerm].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

/** Per phrasebook, built once and looked up per passage: term indexes by first UTF-16 code unit, each term's credits and its largest weight. */
const compiled = new WeakMap<Phrasebook, { byFirst: (number[] | undefined)[]; credits: Map<string, [string, number][]>; strongest: Map<string, number> }>();

function compile(book: Phrasebook) {
  let c = compiled.get(book);
  if (!c) {
    // Indexed by code unit, not keyed by a one-character string: no string, no hash per character of every passage.
    const byFirst: (number[] | undefined)[] = new Array(0x10000).fill(undefined);
    book.forEach(([term], t) => (byFirst[term.charCodeAt(0)] ??= []).push(t));
    const strongest = new Map(book.map(([term, credits]) => [term, Math.max(...credits.map(([, w]) => w))]));
    c = { byFirst, credits: new Map(book), strongest };
    compiled.set(book, c);
  }
  return c;
}

/** Term → the largest weight any theme gives it. */
export function strongestWeights(book: Phrasebook): Map<string, number> {
  return compile(book).strongest;
}

/** The phrases found in a text, each occurrence once, a shorter phrase never inside a longer one already found. */
export function findPhrases(text: string, book: Phrasebook): { term: string; at: number }[] {
  // One pass collects every occurrence of every term; claiming then goes longest term first, as the book is ordered.
  const { byFirst } = compile(book);
  const occurrences = new Map<number, number[]>();
  for (let i = 0; i < text.length; i++) {
    const terms = byFirst[text.charCodeAt(i)];
    if (terms === undefined) continue;
    for (const t of terms) {
      if (!text.startsWith((book[t] as Phrasebook[number])[0], i)) continue;
      const list = occurrences.get(t);
      if (list) list.push(i);
      else occurrences.set(t, [i]);
    }
  }
  const taken = new Uint8Array(text.length);
  const found: { term: string; at: number }[] = [];
  for (const t of [...occurrences.keys()].sort((a, b) => a - b)) {
    const term = (book[t] as Phrasebook[number])[0];
    let next = 0;
    for (const at of occurrences.get(t) ?? []) {
      if (at < next) continue;
      next = at + term.length;
      if (taken.subarray(at, at + term.length).some(Boolean)) continue;
      taken.fill(1, at, at + term.length);
      found.push({ term, at });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Theme → summed weight of the phrases found in a text. */
export function evidence(text: string, book: Phrasebook): Map<string, number> {
  const { credits } = compile(book);
  const scores = new Map<string, number>();
  for (const { term } of findPhrases(text, book)) for (const [theme, w] of credits.get(term) ?? []) scores.set(theme, (scores.get(theme) ?? 0) + w);
  return scores;
}
