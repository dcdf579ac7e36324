import type { Phrasebook } from "./lexicon.ts";
import type { Profiles } from "./profiles.ts";

/**
 * Everything `classify` needs, as plain JSON: made at build time (train-model.ts), written by the build to
 * `/data/themes-model.json` for the browser, so that a draft pasted there is placed exactly as the corpus is.
 */
export interface ThemeModel {
  /** The lexicons of `content/themes/` merged into one phrasebook: the confident first pass. */
  phrasebook: Phrasebook;
  /** Each theme's character n-gram profile: the second pass, for what the lexicon cannot place. */
  profiles: Profiles;
}
