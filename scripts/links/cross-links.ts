import type { Passage } from "../../src/schemas/report.ts";
import { findPhrases, strongestWeights, type Phrasebook } from "../../src/themes/lexicon.ts";
import { comparedText } from "../../src/text/script.ts";

/** How problems are linked to causes and measures; the defaults are what the site is built with. */
export interface LinkOptions {
  /** A link needs at least this score: a shared first theme alone scores 1, a first theme shared with a second one 0.5. */
  minScore: number;
  /** Each problem links to at most this many causes, and this many measures. */
  perSection: number;
}

export const defaultLinkOptions: LinkOptions = { minScore: 0.5, perSection: 2 };

/** The sections a problem is answered in. */
const answers = ["cause", "measure"] as const;

/** How strongly two passages speak of the same thing: shared themes by rank, plus the specific lexicon phrases both use (weight 3 adds 0.5). */
export function linkScore(a: Pick<Passage, "themes">, b: Pick<Passage, "themes">, phrasesA: Map<string, number>, phrasesB: Map<string, number>): number {
  let score = 0;
  a.themes.forEach((t, i) => {
    const j = b.themes.indexOf(t);
    if (j >= 0) score += 1 / ((1 + i) * (1 + j));
  });
  // A weight-1 word (园区, 群众) is too common to say two passages are about one thing.
  for (const [term, w] of phrasesA) if (w >= 2 && phrasesB.has(term)) score += w / 6;
  return score;
}

/** Passage id → related ids, best first: each problem's best causes and measures, and for those the problems that chose them. */
export function crossLinks(passages: Passage[], book: Phrasebook, options: LinkOptions = defaultLinkOptions): Map<string, string[]> {
  const weight = strongestWeights(book);
  const phrases = new Map(passages.map((p) => [p.id, new Map(findPhrases(comparedText(p), book).map(({ term }) => [term, weight.get(term) ?? 0]))]));
  const links = new Map<string, { id: string; score: number }[]>();
  const add = (from: string, id: string, score: number) => links.set(from, [...(links.get(from) ?? []), { id, score }]);
  for (const problem of passages.filter((p) => p.section === "problem")) {
    for (const section of answers) {
      const scored = passages
        .filter((c) => c.section === section)
        .map((c) => ({ id: c.id, score: linkScore(problem, c, phrases.get(problem.id) ?? new Map(), phrases.get(c.id) ?? new Map()) }))
        .filter((s) => s.score >= options.minScore)
        .sort((x, y) => y.score - x.score)
        .slice(0, options.perSection);
      for (const { id, score } of scored) {
        add(problem.id, id, score);
        add(id, problem.id, score);
      }
    }
  }
  return new Map([...links].map(([id, list]) => [id, list.sort((x, y) => y.score - x.score).map((l) => l.id)]));
}
