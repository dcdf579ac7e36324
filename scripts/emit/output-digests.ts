// What each report's generated files were last made from, so that an ingest after a small change makes and compares
// only the files of the reports that changed: at 20,000 reports, validating, rendering and reading back every
// report's files took most of an ingest in which one report had changed.
import { closeSync, openSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileLines, readSpan } from "../../src/lib/file-lines.ts";
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

/** The lines of the last report-summaries file, each read when asked for ({@link summaryLines}). */
export interface SummaryLines {
  readonly size: number;
  /** The report's line, with its line break; undefined where the file has none. */
  get(id: string): string | undefined;
  ids(): Iterable<string>;
  /** Lets go of the file (which a new one may already have replaced). */
  close(): void;
}

/**
 * The lines of a report-summaries file by report id (each line begins with its id: the summary of an unchanged
 * report is kept, not made again); none when there is no file. Only where each line is, is held: the lines
 * themselves are 8 kB a report, 0.8 GB at 100,000 reports.
 */
export async function summaryLines(path: string): Promise<SummaryLines> {
  const at = new Map<string, [number, number]>();
  let offset = 0;
  for await (const line of fileLines(path, { ifAny: true })) {
    const length = Buffer.byteLength(line) + 1;
    const id = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
    if (id) at.set(JSON.parse(id) as string, [offset, length]);
    offset += length;
  }
  // Opened now: the new file is written beside this one and renamed over it, and this one stays readable.
  const fd = at.size > 0 ? openSync(path, "r") : undefined;
  return {
    size: at.size,
    get(id) {
      const where = at.get(id);
      if (!where || fd === undefined) return undefined;
      const line = readSpan(fd, ...where);
      // The file's last line may lack its line break.
      return line.endsWith("\n") ? line : `${line}\n`;
    },
    ids: () => at.keys(),
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}
