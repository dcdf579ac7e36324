import type { WiderFile } from "./wider.ts";

/** Figures for a group of wider-set items (one year's template, or all). */
export interface WiderFigures {
  /** Items with a best theme. */
  themed: number;
  /** Of those, the ones whose first theme is the best or another acceptable one. */
  acceptable: number;
  /** Of those, the ones given no theme. */
  unclassified: number;
  /** Items labelled as fitting no theme, and of them the ones given none. */
  themeless: number;
  themelessRight: number;
}

/** The whole set's figures, each template's, and the items whose first theme is not acceptable. */
export interface WiderEvaluation {
  total: WiderFigures;
  byTemplate: { year: number; template: string; figures: WiderFigures }[];
  misses: { where: string; text: string; expected: string[]; got: string[] }[];
}

const empty = (): WiderFigures => ({ themed: 0, acceptable: 0, unclassified: 0, themeless: 0, themelessRight: 0 });

/** Scores the themes `classify` gives each item (most fitting first) against the item's best and acceptable themes. */
export function evaluateWider(files: (WiderFile & { file: string })[], classify: (item: WiderFile["items"][number]) => string[]): WiderEvaluation {
  const total = empty();
  const misses: WiderEvaluation["misses"] = [];
  const byTemplate = files.map(({ file, year, template, items }) => {
    const figures = empty();
    items.forEach((item, i) => {
      const got = classify(item);
      const expected = item.best === null ? [] : [item.best, ...item.also];
      for (const f of [figures, total]) {
        if (item.best === null) {
          f.themeless++;
          if (got.length === 0) f.themelessRight++;
          continue;
        }
        f.themed++;
        if (got.length === 0) f.unclassified++;
        else if (expected.includes(got[0] as string)) f.acceptable++;
      }
      const right = item.best === null ? got.length === 0 : expected.includes(got[0] ?? "");
      if (!right) misses.push({ where: `${file}#${i + 1}`, text: item.text, expected, got });
    });
    return { year, template, figures };
  });
  return { total, byTemplate, misses };
}
