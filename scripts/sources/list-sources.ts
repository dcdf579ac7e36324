import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** The sources folder: `CORPUS_SOURCES` when set, else `content/sources/`. */
export function sourcesDir(root: string): string {
  return process.env.CORPUS_SOURCES || join(root, "content", "sources");
}

/** Every file under the folder (sub-folders too), as sorted `/`-separated relative paths; hidden files and sidecars skipped. */
export async function listSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((p) => !p.split("/").some((part) => part.startsWith(".")) && !/\.meta\.ya?ml$/i.test(p))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
