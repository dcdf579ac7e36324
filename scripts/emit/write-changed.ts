import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Writes a file unless it already holds exactly this text; true when it wrote. An unchanged file keeps its date. */
export async function writeChanged(path: string, text: string): Promise<boolean> {
  if ((await readFile(path, "utf8").catch(() => null)) === text) return false;
  await writeFile(path, text);
  return true;
}

/** Deletes the files of a folder whose names are not kept (those of reports no longer in the corpus); how many. */
export async function removeAllBut(dir: string, kept: Set<string>): Promise<number> {
  const gone = (await readdir(dir)).filter((name) => !kept.has(name));
  for (const name of gone) await rm(join(dir, name), { recursive: true, force: true });
  return gone.length;
}
