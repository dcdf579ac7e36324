import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import { filesAtOnce } from "../../src/lib/files-at-once.ts";


/**
 * Writes a file unless it already holds exactly this text; true when it wrote. An unchanged file keeps its date. A
 * changed file is replaced (written beside it, then renamed), never written into: the built site holds links to the
 * served data (src/lib/link-tree.ts), and a killed build leaves no half-written file.
 */
export async function writeChanged(path: string, text: string): Promise<boolean> {
  if ((await readFile(path, "utf8").catch(() => null)) === text) return false;
  await writeFile(`${path}.${process.pid}.tmp`, text);
  await rename(`${path}.${process.pid}.tmp`, path);
  return true;
}

/** {@link writeChanged} for each file, {@link filesAtOnce} at a time, each text made only when its turn comes; how many were written. */
export async function writeAllChanged(files: Iterable<{ path: string; text: string }> | AsyncIterable<{ path: string; text: string }>): Promise<number> {
  const wrote = await pMap(files, ({ path, text }) => writeChanged(path, text), { concurrency: filesAtOnce });
  return wrote.filter(Boolean).length;
}

/** Deletes the files of a folder whose names are not kept (those of reports no longer in the corpus); how many. */
export async function removeAllBut(dir: string, kept: Set<string>): Promise<number> {
  const gone = (await readdir(dir)).filter((name) => !kept.has(name));
  for (const name of gone) await rm(join(dir, name), { recursive: true, force: true });
  return gone.length;
}

/** A file written part by part, each part as it is made ({@link openStreamed}). */
export interface StreamedFile {
  /** Resolves once the part is taken: a writer that awaits it holds no more than the stream's buffer. */
  write(part: string): Promise<void>;
  /** Finishes the file and moves it into place. */
  close(): Promise<void>;
}

/**
 * Opens a file of many parts (a line per report), written beside it and moved into place on close: never the whole
 * text as one string, which at 100,000 reports would pass V8's longest string, nor its parts all at once.
 */
export function openStreamed(path: string): StreamedFile {
  const stream = createWriteStream(`${path}.${process.pid}.tmp`);
  return {
    async write(part) {
      if (!stream.write(part)) await once(stream, "drain");
    },
    async close() {
      await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
      await rename(`${path}.${process.pid}.tmp`, path);
    },
  };
}

/** Writes a file of many parts as they come ({@link openStreamed}). */
export async function writeStreamed(path: string, parts: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const file = openStreamed(path);
  for await (const part of parts) await file.write(part);
  await file.close();
}
