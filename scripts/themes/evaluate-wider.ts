import { sectionKinds, type SectionKind } from "../../src/schemas/report.ts";
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

/** The whole set's figures, each template's, each section kind's, and the items whose first theme is not acceptable. */
export interface WiderEvaluation {
  total: WiderFigures;
  byTemplate: { year: number | null; template: string; figures: WiderFigures }[];
  /** By the section the items stand in, in the order sections come in a report. */
  bySection: { section: SectionKind; figures: WiderFigures }[];
  misses: { where: string; text: string; expected: string[]; got: string[] }[];
}

const empty = (): WiderFigures => ({ themed: 0, acceptable: 0, unclassified: 0, themeless: 0, themelessRight: 0 });

/** Scores the themes `classify` gives each item (most fitting first) against the item's best and acceptable themes. */
export function evaluateWider(files: (WiderFile & { file: string })[], classify: (item: WiderFile["items"][number]) => string[]): WiderEvaluation {
  const total = empty();
  const sections = new Map<SectionKind, WiderFigures>();
  const misses: WiderEvaluation["misses"] = [];
  const byTemplate = files.map(({ file, year, template, items }) => {
    const figures = empty();
    items.forEach((item, i) => {
      const got = classify(item);
      const expected = item.best === null ? [] : [item.best, ...item.also];
      const section = sections.get(item.section) ?? sections.set(item.section, empty()).get(item.section) as WiderFigures;
      for (const f of [figures, total, section]) {
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
  const bySection = sectionKinds.flatMap((section) => {
    const figures = sections.get(section);
    return figures ? [{ section, figures }] : [];
  });
  return { total, byTemplate, bySection, misses };
}
