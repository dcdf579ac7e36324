import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";

/**
 * Files read or written at once: one at a time, ingest waited on the disk for a fifth of its run at 20,000 reports;
 * tens of thousands at once would pass the OS's limit on open files.
 */
export const filesAtOnce = 16;

/** Writes a file unless it already holds exactly this text; true when it wrote. An unchanged file keeps its date. */
export async function writeChanged(path: string, text: string): Promise<boolean> {
  if ((await readFile(path, "utf8").catch(() => null)) === text) return false;
  await writeFile(path, text);
  return true;
}

/** {@link writeChanged} for each file, {@link filesAtOnce} at a time, each text made only when its turn comes; how many were written. */
export async function writeAllChanged(files: Iterable<{ path: string; text: string }>): Promise<number> {
  const wrote = await pMap(files, ({ path, text }) => writeChanged(path, text), { concurrency: filesAtOnce });
  return wrote.filter(Boolean).length;
}

/** Deletes the files of a folder whose names are not kept (those of reports no longer in the corpus); how many. */
export async function removeAllBut(dir: string, kept: Set<string>): Promise<number> {
  const gone = (await readdir(dir)).filter((name) => !kept.has(name));
  for (const name of gone) await rm(join(dir, name), { recursive: true, force: true });
  return gone.length;
}
