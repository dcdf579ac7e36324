// The search index's records (one per report) and their spool: made from corpus.json once, a file for each run of a
// year the shards to index hold, then read back a shard at a time by the process that indexes it (index-worker.ts).
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { CustomRecord } from "pagefind";
import { indexTokens } from "../../src/search/bigrams.ts";
import { reportFilters } from "../../src/search/filters.ts";
import { recordMeta } from "../../src/search/report-record.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { corpusLines } from "../corpus/corpus-json.ts";
import { fileLines } from "../../src/lib/file-lines.ts";

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

/** A run of one year's reports, in corpus order: its `[from, to)` in that year. */
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

/** A member's spool file: its records, a line each, in corpus order. */
const spoolFile = (spool: string, { year, from }: Member) => join(spool, `${year}.${from}.jsonl`);

/**
 * Writes the records of the given members' reports to the spool folder, a file a member. `yearOf` is each report's
 * year in corpus order, as a first pass found it: the reports of no member are not parsed.
 */
export async function spoolRecords(dist: string, spool: string, members: Member[], yearOf: string[]): Promise<void> {
  if (members.length === 0) return;
  // Per year, its members by where they start: a report goes to the member whose run holds its place in its year.
  const byYear = new Map<string, { member: Member; file: WriteStream | null }[]>();
  for (const member of members) (byYear.get(member.year) ?? byYear.set(member.year, []).get(member.year))?.push({ member, file: null });
  for (const list of byYear.values()) list.sort((a, b) => a.member.from - b.member.from);
  const place = new Map<string, number>();
  let i = 0;
  for await (const line of corpusLines(join(dist, "data", "corpus.json"))) {
    const year = yearOf[i++] as string;
    const list = byYear.get(year);
    if (!list) continue;
    const k = place.get(year) ?? 0;
    place.set(year, k + 1);
    const run = list.find(({ member }) => member.from <= k && k < member.to);
    if (!run) continue;
    const report = JSON.parse(line) as CorpusReport;
    if (String(report.year) !== year) throw new Error(`corpus.json 在建检索索引时变了（第 ${i} 篇报告）：请重新运行构建。`);
    run.file ??= createWriteStream(spoolFile(spool, run.member));
    if (!run.file.write(`${JSON.stringify(reportRecord(report))}\n`)) await once(run.file, "drain");
  }
  const files = [...byYear.values()].flat().flatMap(({ file }) => (file ? [file] : []));
  await Promise.all(files.map((stream) => new Promise((done) => stream.end(done))));
}

/** The records of a shard, member after member, each from its spool file. */
export async function* spooledRecords(spool: string, shard: Shard): AsyncGenerator<CustomRecord> {
  for (const member of shard.members) {
    for await (const line of fileLines(spoolFile(spool, member))) yield JSON.parse(line) as CustomRecord;
  }
}
