// The search index's records (one per report) and their spool: made from corpus.json once into a file a year, then
// read back a shard at a time by the process that indexes it (scripts/search/index-worker.ts).
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { CustomRecord } from "pagefind";
import { indexTokens } from "../../src/search/bigrams.ts";
import { reportFilters } from "../../src/search/filters.ts";
import { recordMeta } from "../../src/search/report-record.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { corpusLines } from "../corpus/corpus-json.ts";

/**
 * One Pagefind record per report: its passages' character pairs to search, its passages to show (the search
 * page finds in them which ones match, src/search/report-record.ts), and its facets (src/search/filters.ts).
 * A record per passage made 19 times the records: the browser loads every record's page number and
 * word count, and each filter's page lists, before the first result (5.8 MB at 20,000 reports).
 */
export function reportRecord(report: CorpusReport): CustomRecord {
  return {
    url: report.url,
    // Each passage's pairs end on a lone character, so no phrase runs on from one passage into the next.
    content: report.passages.flatMap((p) => indexTokens(p.text)).join(" "),
    language: "en",
    meta: recordMeta(report),
    filters: reportFilters(report),
  };
}

/** A run of one year's reports, in corpus order: lines `[from, to)` of that year's spool file. */
export interface Member {
  year: string;
  from: number;
  to: number;
}

/** One index shard: its key (the years it holds) and its members, newest year first. */
export interface Shard {
  key: string;
  members: Member[];
}

/**
 * Writes the records of the given years' reports to the spool folder, a file a year, a record a line in corpus order.
 * `yearOf` is each report's year in corpus order, as a first pass found it: the reports of other years are not parsed.
 */
export async function spoolRecords(dist: string, spool: string, years: Set<string>, yearOf: string[]): Promise<void> {
  if (years.size === 0) return;
  const files = new Map<string, WriteStream>();
  let i = 0;
  for await (const line of corpusLines(join(dist, "data", "corpus.json"))) {
    const year = yearOf[i++] as string;
    if (!years.has(year)) continue;
    const report = JSON.parse(line) as CorpusReport;
    if (String(report.year) !== year) throw new Error(`corpus.json 在建检索索引时变了（第 ${i} 篇报告）：请重新运行构建。`);
    let file = files.get(year);
    if (!file) {
      file = createWriteStream(join(spool, `${year}.jsonl`));
      files.set(year, file);
    }
    if (!file.write(`${JSON.stringify(reportRecord(report))}\n`)) await once(file, "drain");
  }
  await Promise.all([...files.values()].map((stream) => new Promise((done) => stream.end(done))));
}

/** The records of a shard, member after member, each its run of its year's spool file. */
export async function* spooledRecords(spool: string, shard: Shard): AsyncGenerator<CustomRecord> {
  for (const { year, from, to } of shard.members) {
    let n = 0;
    const lines = createInterface({ input: createReadStream(join(spool, `${year}.jsonl`), { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (n >= to) break;
      if (n++ >= from) yield JSON.parse(line) as CustomRecord;
    }
    lines.close();
  }
}
