import type { CorpusEntry } from "../corpus/read-corpus.ts";
import { matchesOf, type Comparand, type Lookalikes } from "../../src/similarity/find-lookalikes.ts";
import { comparedText } from "../../src/text/script.ts";

/** Every passage of the corpus as the look-alikes compare it, in corpus order, with its report's place as its group. */
export function lookalikeComparands(entries: CorpusEntry[]): Comparand[] {
  // Compared in simplified characters, so that a report copied in traditional ones still shows as a copy.
  return entries.flatMap((e, group) => e.report.passages.map((passage) => ({ group, text: comparedText(passage) })));
}

/**
 * Fills every passage's `similar` and `echoesEarlier` from what was found for {@link lookalikeComparands} of the
 * same entries. The shared wording is not stored: the pages find it again from the two texts (see PassagePair.astro),
 * which keeps the reports' frontmatter, and so Astro's content store, small at tens of thousands of reports.
 */
export function applyLookalikes(entries: CorpusEntry[], lookalikes: Lookalikes): void {
  const refs = entries.flatMap((entry) => entry.report.passages.map((passage) => ({ entry, passage })));
  refs.forEach(({ passage }, i) => {
    passage.echoesEarlier = lookalikes.echoesEarlier[i] === 1;
    passage.similar = matchesOf(lookalikes, i).map((m) => {
      const other = refs[m.index] as (typeof refs)[number];
      return {
        report: other.entry.id,
        passage: other.passage.id,
        jaccard: round(m.jaccard),
        containment: round(m.containment),
      };
    });
  });
}

/** Three decimals are plenty for a figure shown as a percentage, and keep the frontmatter readable. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
