import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/**
 * The reports of a built site's /data/corpus.json, in corpus order, one at a time: the file holds a report a line
 * (src/lib/corpus-export.ts), so no reader needs the whole corpus as one string.
 */
export async function* corpusReports<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.startsWith('{"id":')) yield JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line) as T;
}

/** All of them, as objects (which V8 holds at any size, unlike one string). */
export async function readCorpusReports<T>(path: string): Promise<T[]> {
  const reports: T[] = [];
  for await (const report of corpusReports<T>(path)) reports.push(report);
  return reports;
}
