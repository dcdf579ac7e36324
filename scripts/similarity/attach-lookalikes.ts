import type { CorpusEntry } from "../corpus/read-corpus.ts";
import { defaultLookalikeOptions, findLookalikes, type LookalikeOptions } from "../../src/similarity/find-lookalikes.ts";
import { comparedText } from "../../src/text/script.ts";

/**
 * Fills every passage's `similar` and `echoesEarlier` from the whole corpus; entries are in corpus order.
 * The shared wording is not stored: the pages find it again from the two texts (see PassagePair.astro),
 * which keeps the reports' frontmatter, and so Astro's content store, small at tens of thousands of reports.
 */
export function attachLookalikes(entries: CorpusEntry[], options: LookalikeOptions = defaultLookalikeOptions): void {
  const refs = entries.flatMap((e, group) => e.report.passages.map((passage) => ({ group, entry: e, passage })));
  const { matches, echoesEarlier } = findLookalikes(
    // Compared in simplified characters, so that a report copied in traditional ones still shows as a copy.
    refs.map((r) => ({ group: r.group, text: comparedText(r.passage) })),
    options,
  );
  refs.forEach(({ passage }, i) => {
    passage.echoesEarlier = echoesEarlier[i] ?? false;
    passage.similar = (matches[i] ?? []).map((m) => {
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
