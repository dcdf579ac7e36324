import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const project = join(import.meta.dirname, "..", "..");

/** A built site's folder on disk, from its path relative to the project. */
export function siteDir(dir: string): string {
  return join(project, dir);
}

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}
