import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hashModules } from "./module-graph.ts";
import type { Processed, ProcessOptions } from "../../src/parse/process-report.ts";

/** A processed report as the corpus keeps it: its data, and its body as Markdown text instead of the syntax tree. */
export type ParsedSource = Omit<Processed, "tree"> & { body: string };

/** What reading one source gave: its processed reports (none, one, or several in a collection) and its build-report notes. */
export interface SourceResult {
  format: string | null;
  encoding: string | null;
  processed: ParsedSource[];
  /** What is wrong and what to do (fails a `--strict` build). */
  problems: string[];
  /** What was done to the text (split, stripped, inferred), for the build report; never fails a build. */
  notes: string[];
}

/** A content-hash cache of source results, so a rebuild re-processes only the sources that changed. */
export interface SourceCache {
  /** The key of a source: its path inside the sources folder, bytes and sidecar, under the current pipeline version. */
  key(parts: (string | Uint8Array)[]): string;
  get(key: string): Promise<SourceResult | undefined>;
  set(key: string, value: SourceResult): Promise<void>;
  /**
   * Deletes the entries this run did not use beyond the most recently used `spare` of them, so the cache
   * holds this corpus and the last few others built (tests, benchmarks), not every corpus ever built.
   */
  prune(): Promise<{ hits: number; misses: number }>;
}

/**
 * Everything a processed source depends on besides its own bytes: the code that reads it (read-one.ts and every
 * module it imports, found by following imports, so that a change elsewhere, say to the build script or the
 * pages, keeps the cache), the options it is read with (the glossary, the classifier's model) and the libraries.
 */
export async function pipelineVersion(root: string, options: ProcessOptions): Promise<string> {
  const hash = await hashModules(createHash("sha256"), join(root, "scripts", "corpus", "read-one.ts"), root);
  hash.update(JSON.stringify({ glossary: [...options.glossary], model: options.model }));
  hash.update(await readFile(join(root, "package-lock.json")).catch(() => Buffer.alloc(0)));
  return hash.digest("hex").slice(0, 16);
}

/** Unused entries kept at least, however small the corpus: the sites the tests build side by side. */
const minSpare = 10_000;

/**
 * Opens (creating) the cache folder for a pipeline version. Keys hold a source's path relative to its sources
 * folder, not the folder's own path, so the same files moved elsewhere are not parsed again.
 */
export async function openSourceCache(dir: string, version: string): Promise<SourceCache> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  return {
    key: (parts) => {
      const h = createHash("sha256").update(version);
      for (const p of parts) h.update(String(typeof p === "string" ? p.length : p.byteLength)).update(p);
      return h.digest("hex");
    },
    async get(key) {
      used.add(key);
      const raw = await readFile(join(dir, `${key}.json`), "utf8").catch(() => null);
      // An entry that does not parse (a disk that filled up) is parsed again, as if it were missing.
      const value = raw === null ? undefined : parsed(raw);
      if (value === undefined) {
        misses++;
        return undefined;
      }
      hits++;
      // The entry's time is when a run last used it, which prune keeps the most recent by.
      const now = new Date();
      await utimes(join(dir, `${key}.json`), now, now);
      return value;
    },
    async set(key, value) {
      used.add(key);
      // Written beside and moved into place: a build killed while writing leaves no half-written entry.
      const file = join(dir, `${key}.json`);
      await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(value));
      await rename(`${file}.${process.pid}.tmp`, file);
    },
    async prune() {
      const entries = await readdir(dir, { withFileTypes: true });
      // Folders are the earlier layout's, one per sources path, which nothing reads any more.
      for (const e of entries.filter((e) => e.isDirectory())) await rm(join(dir, e.name), { recursive: true, force: true });
      // Entries a killed build was writing: an hour old, no build is still writing them.
      for (const e of entries.filter((e) => e.name.endsWith(".tmp"))) {
        const { mtimeMs } = await stat(join(dir, e.name));
        if (Date.now() - mtimeMs > 3_600_000) await rm(join(dir, e.name), { force: true });
      }
      const unused = entries.map((e) => e.name).filter((f) => f.endsWith(".json") && !used.has(f.slice(0, -5)));
      const spare = Math.max(minSpare, used.size);
      if (unused.length > spare) {
        const dated = [];
        for (const f of unused) dated.push({ f, time: (await stat(join(dir, f))).mtimeMs });
        dated.sort((a, b) => b.time - a.time || (a.f < b.f ? -1 : 1));
        for (const { f } of dated.slice(spare)) await rm(join(dir, f));
      }
      return { hits, misses };
    },
  };
}

function parsed(raw: string): SourceResult | undefined {
  try {
    return JSON.parse(raw) as SourceResult;
  } catch {
    return undefined;
  }
}
