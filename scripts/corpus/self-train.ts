import { headlineOf } from "../../src/parse/structure/headline.ts";
import { reportThemes } from "../../src/parse/process-report.ts";
import type { Lexicon } from "../../src/schemas/theme.ts";
import { readable } from "../../src/themes/classify.ts";
import type { ThemeModel } from "../../src/themes/model.ts";
import { classifyItem } from "../../src/themes/sections.ts";
import { trainModel, type PlacedPassage, type TrainOptions } from "../../src/themes/train-model.ts";
import { comparedText } from "../../src/text/script.ts";
import type { CorpusEntry } from "./read-corpus.ts";

/** A passage the lexicon placed lends itself to its first theme's profile when its first theme has this share of the evidence. */
export const minLendingConfidence = 0.6;

/**
 * Self-training, a corpus-wide step after parsing: the passages the lexicon placed with confidence (in corpus order)
 * join the profiles' training, and every passage the lexicon did not place is classified again with the profiles so
 * learned. Passages the lexicon placed keep their themes (the lexicon pass is the same), so the parse cache, which holds
 * what each source gave on its own, stays valid. One pass to collect, one to train, one to classify: linear in the
 * corpus. Returns the model, which the build writes for the browser.
 */
export function selfTrain(entries: CorpusEntry[], lexicons: Lexicon[], options?: TrainOptions): ThemeModel {
  const placed: PlacedPassage[] = [];
  for (const { report } of entries) {
    for (const p of report.passages) {
      if (p.basis !== "lexicon" || p.confidence < minLendingConfidence) continue;
      // Read as the classifier reads it, so a report's pinyin glosses do not become grams of a profile.
      const text = readable(comparedText(p));
      const headline = headlineOf(text);
      placed.push({ theme: p.themes[0] as string, headline, body: text.slice(headline.length) });
    }
  }
  const model = trainModel(lexicons, placed, options);
  for (const { report } of entries) {
    let changed = false;
    for (const p of report.passages) {
      if (p.basis === "lexicon") continue;
      const { themes, confidence, basis } = classifyItem(p.section, comparedText(p), model);
      changed ||= themes.join() !== p.themes.join();
      Object.assign(p, { themes, confidence, basis });
    }
    if (changed) report.themes = reportThemes(report.passages.map((p) => p.themes));
  }
  return model;
}
