import type { BuildFile } from "../schemas/build-file.ts";
import type { Report } from "../schemas/report.ts";
import { reportPath } from "./urls.ts";

/** A collection entry as the export needs it: id and data. */
interface Entry<T> {
  id: string;
  data: T;
}

/** One report as /data/corpus.json holds it: the shape its readers (the search and 查重 index builders) take. */
export type CorpusReport = ReturnType<typeof reportExport>;

/** One report as /data/corpus.json holds it. */
export function reportExport({ id, data: r }: Entry<Report>) {
  return {
    id,
    source: r.source,
    part: r.part,
    url: reportPath(id),
    title: r.title,
    kind: r.kind,
    author: r.author,
    unit: r.unit,
    role: r.role,
    roleGroup: r.roleGroup,
    meeting: r.meeting,
    year: r.year,
    themes: r.themes,
    review: r.review,
    structured: r.structured,
    // The problem section's aspects, so that a passage's `aspect` number can be read as its heading and aligned topic.
    aspects: r.sections.flatMap((s) => s.aspects.map((a) => ({ n: a.n, heading: a.heading, topic: a.topic }))),
    passages: r.passages.map((p) => ({
      id: p.id,
      section: p.section,
      sectionHeading: p.sectionHeading,
      aspect: p.aspect,
      marker: p.marker,
      headline: p.headline,
      text: p.text,
      // Only where the report is in traditional characters: JSON leaves an undefined field out.
      simplified: p.simplified,
      themes: p.themes,
      confidence: p.confidence,
      basis: p.basis,
      related: p.related,
      similar: p.similar,
      echoesEarlier: p.echoesEarlier,
    })),
  };
}

/** Every problem by file, files in order of their path. */
function problemsExport(files: Entry<BuildFile>[]) {
  return [...files]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((f) => f.data.problems.map((message) => ({ source: f.id, message })));
}

/**
 * The whole normalized corpus, as DESIGN.md specifies /data/corpus.json (reports in corpus order, then every problem by
 * file), as pieces, one report a line: no step then holds the whole corpus as one string (V8 caps a string
 * near 2^29 characters, some 40,000 reports) nor every report at once (they come one at a time), and a reader can take it a report at a time (scripts/corpus/corpus-json.ts).
 */
export async function* corpusJsonLines(reports: AsyncIterable<Entry<Report>> | Iterable<Entry<Report>>, files: Entry<BuildFile>[]): AsyncGenerator<string> {
  yield '{"reports":[\n';
  // Each line waits for the next report to know whether a comma ends it.
  let held: string | null = null;
  for await (const report of reports) {
    if (held !== null) yield `${held},\n`;
    held = JSON.stringify(reportExport(report));
  }
  if (held !== null) yield `${held}\n`;
  yield `],"problems":${JSON.stringify(problemsExport(files))}}\n`;
}
