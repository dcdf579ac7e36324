import { evidence } from "./lexicon.ts";
import type { ThemeModel } from "./model.ts";
import { similarities } from "./profiles.ts";

/** How a passage is classified; the defaults are what the site is built with. */
export interface ClassifyOptions {
  /** Share of the decision the headline's own evidence gets when it names any theme: the writer's label for the item. */
  headlineShare: number;
  /** Below this much lexicon evidence (summed keyword weights) a theme is not placed by the lexicon. */
  minEvidence: number;
  /** A further theme must reach this share of the first theme's weight… */
  secondShare: number;
  /** …or this share of the body's evidence, so a body that dwells on a theme the headline does not name still shows it. */
  bodyShare: number;
  /** At most this many themes per passage. */
  maxThemes: number;
  /** Below this similarity to its nearest profile a passage the lexicon cannot place stays unplaced: no theme beats a wrong one. */
  minSimilarity: number;
  /** The nearest profile must be this many times as similar as the next one, or the passage is too ambiguous to place. */
  minMargin: number;
  /** A further theme placed by profile must reach this share of the first one's similarity. */
  profileSecondShare: number;
  /** At most this many themes for a passage placed by profile: a weaker judgement names fewer. */
  maxProfileThemes: number;
  /** Each point of lexicon evidence (below minEvidence) adds this much to a theme's similarity: a weak word still points. */
  evidenceBonus: number;
}

export const defaultOptions: ClassifyOptions = {
  headlineShare: 0.6,
  minEvidence: 3,
  secondShare: 0.35,
  bodyShare: 0.3,
  maxThemes: 3,
  minSimilarity: 0.04,
  minMargin: 1.2,
  profileSecondShare: 0.8,
  maxProfileThemes: 2,
  evidenceBonus: 0.02,
};

/** How a passage's themes were found: by lexicon phrases, by n-gram profile, or not at all. */
export type Basis = "lexicon" | "profile" | "none";

/** A passage's themes, most fitting first, how sure the first one is, and how they were found. */
export interface Classification {
  themes: string[];
  /** The first theme's share of the evidence (lexicon) or of the similarity (profile), 0..1; 0 when there is none. */
  confidence: number;
  basis: Basis;
}

/** Scores as shares of their total, so a long body does not outvote a short headline by length alone. */
function shares(scores: Map<string, number>): Map<string, number> {
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  return new Map([...scores].map(([k, v]) => [k, total ? v / total : 0]));
}

/** Pinyin glosses in brackets after characters, as some mirror sites print them (学(xue)(xue)习(xi)): they split every phrase. */
const glosses = /(?<=\p{Script=Han})(?:[(（][a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]{1,8}[)）])+/gu;

/** The text as the lexicons and profiles read it: without pinyin glosses. */
export function readable(text: string): string {
  return text.replace(glosses, "");
}

const byScore = (x: { id: string; w: number }, y: { id: string; w: number }) => y.w - x.w || (x.id < y.id ? -1 : 1);
const hundredths = (x: number) => Math.round(x * 100) / 100;

/**
 * Ranks the themes of one passage. First the lexicon: the headline's evidence and the body's, each as shares, mixed;
 * a theme with at least minEvidence places the passage. Where none has, the n-gram profiles: the passage goes to the
 * nearest profile if it is near enough and clearly nearer than the next one; otherwise it stays unplaced.
 * Read the passage in simplified characters (`simplified ?? text`): lexicons and profiles are in simplified ones; pinyin
 * glosses in brackets are left out.
 */
export function classify(rawHeadline: string, rawText: string, model: ThemeModel, options: ClassifyOptions = defaultOptions): Classification {
  const headline = readable(rawHeadline);
  const text = readable(rawText);
  const body = headline && text.startsWith(headline) ? text.slice(headline.length) : text;
  const head = evidence(headline, model.phrasebook);
  const rest = evidence(body, model.phrasebook);
  const alpha = head.size > 0 ? options.headlineShare : 0;
  const h = shares(head);
  const b = shares(rest);
  const ranked = [...new Set([...head.keys(), ...rest.keys()])]
    .filter((id) => (head.get(id) ?? 0) + (rest.get(id) ?? 0) >= options.minEvidence)
    .map((id) => ({ id, body: b.get(id) ?? 0, w: alpha * (h.get(id) ?? 0) + (1 - alpha) * (b.get(id) ?? 0) }))
    .sort(byScore);
  const top = ranked[0];
  if (top) {
    const themes = ranked
      .filter((r) => r === top || r.w >= top.w * options.secondShare || r.body >= options.bodyShare)
      .slice(0, options.maxThemes)
      .map((r) => r.id);
    return { themes, confidence: hundredths(top.w), basis: "lexicon" };
  }
  return byProfile(headline, body, model, head, rest, options);
}

/** The second pass, for a passage the lexicon could not place. */
function byProfile(headline: string, body: string, model: ThemeModel, head: Map<string, number>, rest: Map<string, number>, options: ClassifyOptions): Classification {
  const near = [...similarities(model.profiles, headline, body, options.headlineShare)]
    .map(([id, s]) => ({ id, w: s + options.evidenceBonus * ((head.get(id) ?? 0) + (rest.get(id) ?? 0)) }))
    .filter((r) => r.w > 0)
    .sort(byScore);
  const [first, second] = near;
  if (!first || first.w < options.minSimilarity || (second && first.w < second.w * options.minMargin)) return { themes: [], confidence: 0, basis: "none" };
  const total = near.reduce((a, r) => a + r.w, 0);
  const themes = near
    .filter((r) => r.w >= first.w * options.profileSecondShare)
    .slice(0, options.maxProfileThemes)
    .map((r) => r.id);
  return { themes, confidence: hundredths(first.w / total), basis: "profile" };
}
