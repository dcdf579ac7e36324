import type { Lexicon } from "./load-themes.ts";

/** A headline hit counts this many times more than a hit in the body. */
const headlineBoost = 3;
/** Below this score the lexicon cannot place a passage: no theme beats a wrong one. */
const minScore = 3;
/** A further theme must reach this share of the first theme's score. */
const secondShare = 0.5;
const maxThemes = 3;

/** A passage's themes, most fitting first, and how sure the first one is. */
export interface Classification {
  themes: string[];
  confidence: number;
}

/** Sums keyword weights, longest keyword first so 好人主义 is not also counted as 好人. */
export function score(text: string, lexicon: Lexicon): number {
  const terms = Object.entries(lexicon.keywords).sort((a, b) => b[0].length - a[0].length);
  const taken = new Uint8Array(text.length);
  let total = 0;
  for (const [term, weight] of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      if (taken.subarray(at, at + term.length).some(Boolean)) continue;
      taken.fill(1, at, at + term.length);
      total += weight;
    }
  }
  return total;
}

/** Ranks the themes of one passage from its headline and text. */
export function classify(headline: string, text: string, lexicons: Lexicon[]): Classification {
  const ranked = lexicons
    .map((l) => ({ id: l.id, s: score(text, l) + (headlineBoost - 1) * score(headline, l) }))
    .filter((r) => r.s >= minScore)
    .sort((a, b) => b.s - a.s || a.id.localeCompare(b.id));
  const top = ranked[0];
  if (!top) return { themes: [], confidence: 0 };
  const themes = ranked.filter((r) => r.s >= top.s * secondShare).slice(0, maxThemes).map((r) => r.id);
  const runnerUp = ranked[1]?.s ?? 0;
  return { themes, confidence: Math.round((top.s / (top.s + runnerUp + 1)) * 100) / 100 };
}
