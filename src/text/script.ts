// Traditional characters, from texts copied off mirror sites, read as simplified: OpenCC's dictionaries
// (opencc-js), kept to the entries that map a character to one of the same UTF-16 length, so that every
// offset in a converted text is the same offset in the original. (The entries left out turn a few rare
// BMP characters into characters outside the BMP, and one phrase, 二噁英; they stay as written.)
import { ConverterBuilder, ConverterFactory, CustomConverter } from "opencc-js/core";
import compatibility from "opencc-js/dict/CJK_Compatibility_Ideographs";
import hkVariantPhrases from "opencc-js/dict/HKVariantsRevPhrases";
import hkVariants from "opencc-js/dict/HKVariantsRev";
import tsCharacters from "opencc-js/dict/TSCharacters";
import tsPhrases from "opencc-js/dict/TSPhrases";
import twVariantPhrases from "opencc-js/dict/TWVariantsRevPhrases";
import twVariants from "opencc-js/dict/TWVariantsRev";

type Pair = [string, string];

/** A dictionary's entries whose replacement is as long as the text it replaces. */
function sameLength(dict: string): Pair[] {
  return dict.split("|").flatMap((entry) => {
    const [from = "", to = ""] = entry.split(" ");
    return from.length === to.length && from !== "" ? [[from, to] as Pair] : [];
  });
}

let simplifier: ((text: string) => string) | null = null;

/**
 * The text in simplified characters, phrase by phrase as OpenCC's tw2s/hk2s do (乾淨 → 干净 but 乾坤 stays,
 * 瞭解 → 了解), and exactly as long: offsets carry over to the original. For text known to be traditional
 * (see `isTraditional`): on simplified text it would still turn a few characters (显著 → 显着).
 */
export function toSimplified(text: string): string {
  simplifier ??= (() => {
    const normalize = ConverterFactory([sameLength(compatibility)]);
    const convert = ConverterBuilder({
      from: { tw: [] },
      to: { cn: [] },
      configs: {
        tw2s: {
          segmentation: sameLength(tsPhrases),
          // Taiwan and Hong Kong variants first (裡 → 裏), then traditional to simplified; the two regions' lists never disagree.
          conversionChain: [
            [sameLength(twVariantPhrases), sameLength(twVariants), sameLength(hkVariantPhrases), sameLength(hkVariants)],
            [sameLength(tsPhrases), sameLength(tsCharacters)],
          ],
        },
      },
    })({ from: "tw", to: "cn" });
    return (s: string) => convert(normalize(s));
  })();
  return simplifier(text);
}

/** Above this share of Han characters that conversion changes, a text is taken as traditional (measured: 34–38% in the shipped reports converted to traditional, under 0.3% in them as they are). */
const traditionalShare = 0.1;

/** Whether the text is written in traditional characters; `simplified` is its `toSimplified`, when already at hand. */
export function isTraditional(text: string, simplified = toSimplified(text)): boolean {
  let han = 0;
  let changed = 0;
  for (const m of text.matchAll(/\p{Script=Han}/gu)) {
    han++;
    if (simplified.slice(m.index, m.index + m[0].length) !== m[0]) changed++;
  }
  return han > 0 && changed / han > traditionalShare;
}

let folder: ((text: string) => string) | null = null;

/**
 * What a text is searched as, in either script: traditional phrases and characters, and the variants of
 * both regions, as simplified, in one pass, so that a query typed in either script meets a passage written
 * in either. Unlike `toSimplified` it may be applied to any text, simplified or not: it is applied alike to
 * both sides of every comparison (a simplified 著 folds to 着 in the passage and in the query).
 * Same length as the text, so a match found in it marks the original at the same offsets.
 */
export function searchKey(text: string): string {
  folder ??= (() => {
    const chars = [compatibility, twVariants, hkVariants, tsCharacters].map((d) => new Map(sameLength(d)));
    const step = (c: string) => chars.reduce((x, map) => map.get(x) ?? x, c);
    // Steps repeat until the character stays: 麼 → 么 and 么 → 幺 (a Taiwan variant) must both end at 幺, or 什么 would miss 什麼.
    const char = (c: string) => {
      let x = c;
      for (let next = step(x), n = 0; next !== x && n < 4; next = step(x), n++) x = next;
      return x;
    };
    const pairs = new Map<string, string>();
    for (const map of chars) for (const c of map.keys()) pairs.set(c, char(c));
    // Phrases whose characters alone would go wrong (瞭解 → 了解, 反覆 → 反复), their result folded the same way.
    for (const [from, to] of sameLength(tsPhrases)) pairs.set(from, [...to].map(char).join(""));
    return CustomConverter([...pairs].filter(([from, to]) => from !== to && from.length === to.length));
  })();
  return folder(text);
}

/** A passage's text in simplified characters (its `simplified` form where it is written in traditional ones): what words and passages are compared on. */
export const comparedText = (p: { text: string; simplified?: string }) => p.simplified ?? p.text;
