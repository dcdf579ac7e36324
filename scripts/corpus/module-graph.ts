import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import ts from "typescript";

/** A module and the project's modules it imports, transitively (relative specifiers; packages are in the lockfile), sorted. */
export async function moduleGraph(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    // TypeScript's own scan of a file's imports and exports (type-only ones included: harmless, and rare).
    const { importedFiles } = ts.preProcessFile(await readFile(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) if (fileName.startsWith(".")) queue.push(resolve(dirname(file), fileName));
  }
  return [...seen].sort();
}
