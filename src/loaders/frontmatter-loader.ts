import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import pMap from "p-map";
import { filesAtOnce } from "../lib/files-at-once.ts";
// js-yaml parses frontmatter written by hand about 8 times as fast as `yaml`.
import { load } from "js-yaml";

/** Options of {@link frontmatterLoader}. */
export interface FrontmatterLoaderOptions {
  /** Folder of the Markdown files, relative to the project root. */
  base: string;
  /**
   * What the store keeps of a file's frontmatter, given its id: all of it by default. The reports keep a summary
   * (src/lib/report-summary.ts), their pages reading the rest from the file when rendered.
   */
  keep?: (id: string, data: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The YAML between the leading `---` lines of a Markdown file, parsed; {} when there is none. The generated
 * reports write it as JSON (YAML's subset), which JSON.parse reads ten times as fast.
 */
export function readFrontmatter(contents: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(contents);
  if (!match) return {};
  const yaml = match[1] as string;
  if (yaml.startsWith("{")) {
    try {
      return JSON.parse(yaml) as Record<string, unknown>;
    } catch {
      // Flow-style YAML that is not JSON: the YAML parser below reads it.
    }
  }
  return (load(yaml) as Record<string, unknown> | null | undefined) ?? {};
}

/**
 * Loads the frontmatter of every `*.md` file in a folder, id = file name without `.md`. Unlike
 * `glob()`, it does not render the Markdown body: the generated reports' pages are made from their
 * data, and rendering tens of thousands of bodies into the content store costs time and memory.
 */
export function frontmatterLoader({ base, keep = (_id, data) => data }: FrontmatterLoaderOptions): Loader {
  return {
    name: "frontmatter-loader",
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const dir = resolve(fileURLToPath(config.root), base);
      /** A file read and, when it changed since the store took it, parsed: the entry to set, or null. */
      const read = async (name: string) => {
        const filePath = join(dir, name);
        const contents = await readFile(filePath, "utf8");
        const id = name.slice(0, -".md".length);
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return { id, entry: null };
        let kept: Record<string, unknown>;
        try {
          kept = keep(id, readFrontmatter(contents));
        } catch (error) {
          throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        return { id, entry: { id, data: await parseData({ id, data: kept, filePath }), digest, filePath: join(base, name) } };
      };
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".md")).sort();
      // Files are read several at a time and set in name order, so that the store is the same however the reads finish.
      const results = await pMap(names, read, { concurrency: filesAtOnce });
      for (const { entry } of results) if (entry) store.set(entry);
      const kept = new Set(results.map((r) => r.id));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      // `npm run dev`: follow the ingest script rewriting the folder.
      watcher?.add(dir);
      const nameIn = (path: string) => (path.startsWith(`${dir}/`) && path.endsWith(".md") && !path.slice(dir.length + 1).includes("/") ? path.slice(dir.length + 1) : null);
      const update = (path: string) => {
        const name = nameIn(path);
        if (name)
          read(name)
            .then(({ entry }) => entry && store.set(entry))
            .catch((error: unknown) => logger.error(`${name}: ${String(error)}`));
      };
      watcher?.on("add", update);
      watcher?.on("change", update);
      watcher?.on("unlink", (path) => {
        const name = nameIn(path);
        if (name) store.delete(name.slice(0, -".md".length));
      });
    },
  };
}
