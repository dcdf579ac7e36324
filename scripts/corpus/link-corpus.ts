import { alignAspects } from "../aspects/align-aspects.ts";
import { crossLinks } from "../links/cross-links.ts";
import type { Phrasebook } from "../../src/themes/lexicon.ts";
import type { CorpusEntry } from "./read-corpus.ts";

/** The corpus-wide steps, in place: cross-links inside each report, aspect topics (look-alikes across reports: scripts/similarity/). */
export function linkCorpus(entries: CorpusEntry[], book: Phrasebook): void {
  for (const { report } of entries) {
    const links = crossLinks(report.passages, book);
    for (const p of report.passages) p.related = links.get(p.id) ?? [];
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
