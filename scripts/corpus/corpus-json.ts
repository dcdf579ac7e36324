import { fileLines } from "../../src/lib/file-lines.ts";

/**
 * The reports of a built site's /data/corpus.json, in corpus order, one at a time: the file holds a report a line
 * (src/lib/corpus-export.ts), so no reader needs the whole corpus as one string.
 */
export async function* corpusReports<T>(path: string): AsyncGenerator<T> {
  for await (const line of corpusLines(path)) yield JSON.parse(line) as T;
}

/** Each report's JSON text, in corpus order, not parsed: for a reader that needs only some of them. */
export async function* corpusLines(path: string): AsyncGenerator<string> {
  for await (const line of fileLines(path)) if (line.startsWith('{"id":')) yield line.endsWith(",") ? line.slice(0, -1) : line;
}

/** All of them, as objects (which V8 holds at any size, unlike one string). */
export async function readCorpusReports<T>(path: string): Promise<T[]> {
  const reports: T[] = [];
  for await (const report of corpusReports<T>(path)) reports.push(report);
  return reports;
}
