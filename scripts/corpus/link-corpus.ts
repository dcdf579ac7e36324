import { alignAspects } from "../aspects/align-aspects.ts";
import { crossLinks } from "../links/cross-links.ts";
import type { Phrasebook } from "../../src/themes/lexicon.ts";
import type { CorpusEntry } from "./read-corpus.ts";
import type { ReportMemo } from "./report-memo.ts";
import { jsonDigest } from "../../src/lib/digest.ts";

/**
 * The corpus-wide steps, in place: cross-links inside each report, aspect topics (look-alikes across reports:
 * scripts/similarity/). A report's cross-links depend on its passages and the phrasebook alone: where both are as
 * `memo` recorded them, they are recalled.
 */
export function linkCorpus(entries: CorpusEntry[], book: Phrasebook, memo?: ReportMemo<[string, string[]][]>): void {
  const ofBook = jsonDigest(JSON.stringify(book));
  for (const { id, report } of entries) {
    const inputs = jsonDigest(JSON.stringify([ofBook, report.passages]));
    const links = memo?.get(id, inputs) ?? [...crossLinks(report.passages, book)];
    memo?.set(id, inputs, links);
    const related = new Map(links);
    for (const p of report.passages) p.related = related.get(p.id) ?? [];
  }
  const aspects = entries.flatMap(({ report }, group) =>
    report.sections.flatMap((s) => s.aspects).map((aspect) => ({
      aspect,
      input: {
        group,
        heading: aspect.heading,
        passageThemes: report.passages.filter((p) => p.section === "problem" && p.aspect === aspect.n).map((p) => p.themes),
      },
    })),
  );
  const topics = alignAspects(
    aspects.map((a) => a.input),
    book,
  );
  aspects.forEach(({ aspect }, i) => {
    aspect.topic = topics[i] ?? "";
  });
}
