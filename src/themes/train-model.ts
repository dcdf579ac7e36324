import type { Lexicon } from "../schemas/theme.ts";
import { phrasebook } from "./lexicon.ts";
import type { ThemeModel } from "./model.ts";
import { defaultProfileOptions, trainProfiles, type ProfileOptions, type TrainingText } from "./profiles.ts";

/** A passage of the corpus the lexicon placed with confidence, as training for its first theme. */
export interface PlacedPassage {
  theme: string;
  headline: string;
  /** The text without its headline. */
  body: string;
}

/** How much each kind of training text counts. */
export interface TrainOptions extends ProfileOptions {
  /** A lexicon phrase counts its weight (1..3) times this. */
  keywordWeight: number;
  /** A written example (`examples` in a theme's frontmatter). */
  exampleWeight: number;
  /** A passage's headline and its body, where the corpus lends its passages. */
  headlineWeight: number;
  bodyWeight: number;
  /**
   * A theme's lent passages together count as at most this many passages, however large the corpus: the lexicons and
   * examples someone wrote keep their say, and the model stays the same size for a thousand reports or a million.
   */
  maxLentPerTheme: number;
}

export const defaultTrainOptions: TrainOptions = {
  ...defaultProfileOptions,
  keywordWeight: 1,
  exampleWeight: 4,
  headlineWeight: 1,
  bodyWeight: 1,
  maxLentPerTheme: 60,
};

/**
 * The classifier's model: the lexicons' phrasebook, and profiles learned from the lexicons' phrases, their written
 * examples and (self-training) the passages of the corpus the lexicon placed with confidence. A pure function of
 * its inputs in their order, so the build and the browser classify alike.
 */
export function trainModel(lexicons: Lexicon[], placed: PlacedPassage[] = [], options: TrainOptions = defaultTrainOptions): ThemeModel {
  const texts: TrainingText[] = [];
  for (const l of lexicons) {
    for (const [term, weight] of Object.entries(l.keywords)) texts.push({ theme: l.id, text: term, weight: weight * options.keywordWeight });
    for (const example of l.examples) texts.push({ theme: l.id, text: example, weight: options.exampleWeight });
  }
  const lent = new Map<string, number>();
  for (const p of placed) lent.set(p.theme, (lent.get(p.theme) ?? 0) + 1);
  for (const p of placed) {
    const scale = Math.min(1, options.maxLentPerTheme / (lent.get(p.theme) as number));
    if (p.headline) texts.push({ theme: p.theme, text: p.headline, weight: options.headlineWeight * scale });
    texts.push({ theme: p.theme, text: p.body, weight: options.bodyWeight * scale });
  }
  return {
    phrasebook: phrasebook(lexicons),
    profiles: trainProfiles(
      lexicons.map((l) => l.id),
      texts,
      options,
    ),
  };
}
