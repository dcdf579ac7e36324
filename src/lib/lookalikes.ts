import type { Lookalike, Passage } from "../schemas/report.ts";

/** One pair of look-alike passages, as the reviewers' list shows it. */
export interface Pair<R, P> {
  report: R;
  passage: P;
  match: Lookalike;
}

/** How many of the corpus's most similar pairs /similar/ lists. */
export const closestPairsListed = 50;

/**
 * The corpus's most similar pairs, each unordered pair once, most similar first (of equals, the one met first). Only
 * the `limit` best met so far are held: the corpus has millions of pairs (5.7 million at 100,000 reports), and a pair
 * met again from its other end is as similar as when first met, so it gets in only where it already is.
 */
export function closestPairs<P extends Pick<Passage, "id" | "similar">, R extends { id: string; data: { passages: P[] } }>(reports: R[], limit: number): Pair<R, P>[] {
  const kept: (Pair<R, P> & { key: string })[] = [];
  const below = (a: Lookalike, b: Lookalike) => a.jaccard < b.jaccard || (a.jaccard === b.jaccard && a.containment < b.containment);
  for (const report of reports) {
    for (const passage of report.data.passages) {
      for (const match of passage.similar) {
        const last = kept[limit - 1];
        if (limit === 0 || (last && !below(last.match, match))) continue;
        const from = `${report.id}#${passage.id}`;
        const to = `${match.report}#${match.passage}`;
        // The two ends in sorted order, without an array to sort.
        const key = from < to ? `${from} ${to}` : `${to} ${from}`;
        if (kept.some((k) => k.key === key)) continue;
        let at = kept.length;
        while (at > 0 && below((kept[at - 1] as Pair<R, P>).match, match)) at--;
        kept.splice(at, 0, { report, passage, match, key });
        kept.length = Math.min(kept.length, limit);
      }
    }
  }
  return kept.map(({ report, passage, match }) => ({ report, passage, match }));
}

/** Shown as a percentage: 0.152 → "15%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** How the look-alike page shows one of a passage's look-alikes. */
export type ShownLookalike<L> =
  /** Side by side with the passage (the first look-alike worded otherwise than it). */
  | { look: L; as: "pair" }
  /** Alone under the passage, which is already shown above. */
  | { look: L; as: "right" }
  /** Only named: worded exactly as the passage, or as a look-alike already shown. */
  | { look: L; as: "same-as-passage" | "same-as-shown" };

/**
 * The plan of one passage's section on the look-alike page, in the look-alikes' order except that the
 * passage's own text comes first: beside the first look-alike worded otherwise. When every look-alike is worded
 * exactly as it (`alone`) the page shows no text at all, only a link to the passage on the report page. Copied
 * passages repeat verbatim across many reports, and a text shown twice tells the reader nothing the words
 * "逐字相同" do not.
 */
export function shownLookalikes<L>(own: string, looks: L[], textOf: (look: L) => string): { alone: boolean; shown: ShownLookalike<L>[] } {
  const first = looks.findIndex((l) => textOf(l) !== own);
  const seen = new Set<string>();
  const shown: ShownLookalike<L>[] = [];
  if (first >= 0) {
    shown.push({ look: looks[first] as L, as: "pair" });
    seen.add(textOf(looks[first] as L));
  }
  looks.forEach((look, i) => {
    if (i === first) return;
    const text = textOf(look);
    if (text === own) shown.push({ look, as: "same-as-passage" });
    else if (seen.has(text)) shown.push({ look, as: "same-as-shown" });
    else {
      seen.add(text);
      shown.push({ look, as: "right" });
    }
  });
  return { alone: first < 0, shown };
}
