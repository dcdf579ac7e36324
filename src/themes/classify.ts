import type { Lexicon } from "../schemas/theme.ts";

/** How a passage is classified; the defaults are what the site is built with. */
export interface ClassifyOptions {
  /** Share of the decision the headline's own evidence gets when it names any theme: the writer's label for the item. */
  headlineShare: number;
  /** Below this much evidence (summed keyword weights) a theme is not considered: no theme beats a wrong one. */
  minEvidence: number;
  /** A further theme must reach this share of the first theme's weight… */
  secondShare: number;
  /** …or this share of the body's evidence, so a body that dwells on a theme the headline does not name still shows it. */
  bodyShare: number;
  /** At most this many themes per passage. */
  maxThemes: number;
}

export const defaultOptions: ClassifyOptions = { headlineShare: 0.6, minEvidence: 3, secondShare: 0.35, bodyShare: 0.3, maxThemes: 3 };

/** A passage's themes, most fitting first, and how sure the first one is. */
export interface Classification {
  themes: string[];
  confidence: number;
}

/** Every lexicon phrase with the themes it counts for, longest first. */
export type Phrasebook = [term: string, credits: [theme: string, weight: number][]][];

/** Merges the lexicons into one phrasebook, so the most specific phrase wins across themes too. */
export function phrasebook(lexicons: Lexicon[]): Phrasebook {
  const byTerm = new Map<string, [string, number][]>();
  for (const l of lexicons) for (const [term, weight] of Object.entries(l.keywords)) byTerm.set(term, [...(byTerm.get(term) ?? []), [l.id, weight]]);
  return [...byTerm].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

/** Per phrasebook: term indexes by first character, and each term's credits; built once, looked up per passage. */
const compiled = new WeakMap<Phrasebook, { byFirst: Map<string, number[]>; credits: Map<string, [string, number][]> }>();

function compile(book: Phrasebook) {
  let c = compiled.get(book);
  if (!c) {
    const byFirst = new Map<string, number[]>();
    book.forEach(([term], t) => byFirst.set(term[0] as string, [...(byFirst.get(term[0] as string) ?? []), t]));
    c = { byFirst, credits: new Map(book) };
    compiled.set(book, c);
  }
  return c;
}

/** The phrases found in a text, each occurrence once, a shorter phrase never inside a longer one already found. */
export function findPhrases(text: string, book: Phrasebook): { term: string; at: number }[] {
  // One pass collects every occurrence of every term; claiming then goes longest term first, as the book is ordered.
  const { byFirst } = compile(book);
  const occurrences = new Map<number, number[]>();
  for (let i = 0; i < text.length; i++) {
    for (const t of byFirst.get(text[i] as string) ?? []) {
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

/** Scores as shares of their total, so a long body does not outvote a short headline by length alone. */
function shares(scores: Map<string, number>): Map<string, number> {
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  return new Map([...scores].map(([k, v]) => [k, total ? v / total : 0]));
}

/** Ranks the themes of one passage: the headline's evidence and the body's, each as shares, mixed. */
export function classify(headline: string, text: string, book: Phrasebook, options: ClassifyOptions = defaultOptions): Classification {
  const body = headline && text.startsWith(headline) ? text.slice(headline.length) : text;
  const head = evidence(headline, book);
  const rest = evidence(body, book);
  const alpha = head.size > 0 ? options.headlineShare : 0;
  const h = shares(head);
  const b = shares(rest);
  const ranked = [...new Set([...head.keys(), ...rest.keys()])]
    .filter((id) => (head.get(id) ?? 0) + (rest.get(id) ?? 0) >= options.minEvidence)
    .map((id) => ({ id, body: b.get(id) ?? 0, w: alpha * (h.get(id) ?? 0) + (1 - alpha) * (b.get(id) ?? 0) }))
    .sort((x, y) => y.w - x.w || (x.id < y.id ? -1 : 1));
  const top = ranked[0];
  if (!top) return { themes: [], confidence: 0 };
  const themes = ranked
    .filter((r) => r === top || r.w >= top.w * options.secondShare || r.body >= options.bodyShare)
    .slice(0, options.maxThemes)
    .map((r) => r.id);
  return { themes, confidence: Math.round(top.w * 100) / 100 };
}
