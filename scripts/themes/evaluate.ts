import type { Labels } from "./labels.ts";

/** How the classifier's themes compare with the hand labels. */
export interface Evaluation {
  /** Labelled passages. */
  labelled: number;
  /** Labelled passages the classifier gave at least one theme. */
  placed: number;
  /** Passages whose first theme is the labelled first theme (an unplaced passage labelled [] counts as right). */
  firstRight: number;
  /** firstRight / labelled. */
  accuracy: number;
  /** Placed passages whose first theme is the labelled first theme, / placed. */
  precision: number;
  /** Share of all themes given that are among the passage's labelled themes. */
  themePrecision: number;
  /** Share of all labelled themes that the classifier gave. */
  themeRecall: number;
  /** The passages whose first theme is wrong, for tuning the lexicon. */
  misses: { key: string; headline: string; expected: string[]; got: string[] }[];
}

/** Compares predicted themes (key → themes, most fitting first) with the labels; a labelled key without a prediction is an error. */
export function evaluate(labels: Labels, predicted: Map<string, string[]>): Evaluation {
  let placed = 0;
  let firstRight = 0;
  let placedRight = 0;
  let given = 0;
  let givenRight = 0;
  let wanted = 0;
  let found = 0;
  const misses: Evaluation["misses"] = [];
  for (const [key, label] of Object.entries(labels)) {
    const got = predicted.get(key);
    if (!got) throw new Error(`${key}：语料中没有这一条（标注与来源不符？）`);
    const right = got[0] === label.themes[0];
    if (got.length > 0) placed++;
    if (right) firstRight++;
    if (right && got.length > 0) placedRight++;
    if (!right) misses.push({ key, headline: label.headline, expected: label.themes, got });
    given += got.length;
    givenRight += got.filter((t) => label.themes.includes(t)).length;
    wanted += label.themes.length;
    found += label.themes.filter((t) => got.includes(t)).length;
  }
  const labelled = Object.keys(labels).length;
  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    labelled,
    placed,
    firstRight,
    accuracy: share(firstRight, labelled),
    precision: share(placedRight, placed),
    themePrecision: share(givenRight, given),
    themeRecall: share(found, wanted),
    misses,
  };
}
