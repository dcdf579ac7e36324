import type { Hash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * Feeds a hash with a module and every project module it imports, transitively (relative specifiers; packages are
 * in the lockfile), each as its path relative to `root` and its bytes, in path order: what the code run from
 * `entry` is, for a cache that must be dropped when that code changes and kept when other code does.
 */
export async function hashModules(hash: Hash, entry: string, root: string): Promise<Hash> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    // TypeScript's own scan of a file's imports and exports (type-only ones included: harmless, and rare).
    const { importedFiles } = ts.preProcessFile(await readFile(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) if (fileName.startsWith(".")) queue.push(resolve(dirname(file), fileName));
  }
  for (const file of [...seen].sort()) hash.update(relative(root, file)).update(await readFile(file));
  return hash;
}
