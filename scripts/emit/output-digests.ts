// What each report's generated files were last made from, so that an ingest after a small change makes and compares
// only the files of the reports that changed: at 20,000 reports, validating, rendering and reading back every
// report's files took most of an ingest in which one report had changed.
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { indexLines, leadingString, type IndexedLines } from "../../src/lib/file-lines.ts";
import { z } from "zod";
import { readRecord } from "../../src/lib/read-record.ts";

const digestsSchema = z.object({
  /** The code and libraries the files were made with (ingest's modules and the lockfile): other code, other files. */
  version: z.string(),
  /**
   * Per report id, the digest of what its report file, data file and summary line are made of (all but its place in
   * the corpus order), and that place, which only the summary line holds.
   */
  reports: z.record(z.string(), z.tuple([z.string(), z.number()])),
  /** Per report id, the digest of its look-alike texts file (content/lookalikes/<id>.json). */
  lookalikes: z.record(z.string(), z.string()),
});

/** The digests an ingest left (content/build/output-digests.json). */
export type OutputDigests = z.infer<typeof digestsSchema>;

const digestsFile = (out: string) => join(out, "build", "output-digests.json");

/**
 * The digests the last ingest into `out` left, if it was made with the same `version`; empty ones otherwise (no
 * file, another version, a file that does not parse), which make every file again as before.
 */
export async function readOutputDigests(out: string, version: string): Promise<OutputDigests> {
  const last = digestsSchema.safeParse(await readRecord(digestsFile(out))).data;
  return last?.version === version ? last : { version, reports: {}, lookalikes: {} };
}

/** Drops the digests before files are written: an ingest that stops halfway leaves none that vouch for them. */
export async function dropOutputDigests(out: string): Promise<void> {
  await rm(digestsFile(out), { force: true });
}

/** Records the digests of the files an ingest has written, once they are all written. */
export async function writeOutputDigests(out: string, digests: OutputDigests): Promise<void> {
  await writeFile(digestsFile(out), `${JSON.stringify(digests)}\n`);
}

/**
 * The lines of a report-summaries file by report id (each line begins with its id: the summary of an unchanged
 * report is kept, not made again), each read when asked for ({@link indexLines}): the lines are 8 kB a report.
 */
export async function summaryLines(path: string): Promise<IndexedLines> {
  return indexLines(path, (line) => leadingString(line, '{"id":'));
}
