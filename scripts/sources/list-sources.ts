import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** The sources folder: `CORPUS_SOURCES` when set, else `content/sources/`. */
export function sourcesDir(root: string): string {
  return process.env.CORPUS_SOURCES || join(root, "content", "sources");
}

/** The files of a sources folder: sources, the sidecar of each source that has one, and sidecars with no source. */
export interface SourceListing {
  /** Source paths, `/`-separated, relative to the folder, sorted. */
  sources: string[];
  /** Source path → its sidecar's path. */
  sidecars: Map<string, string>;
  /** Sidecars whose source is missing (often a misnamed `foo.meta.yaml` for `foo.txt`), with what to do. */
  orphans: { path: string; message: string }[];
}

const sidecar = /\.meta\.ya?ml$/i;

/** Every file under the folder (sub-folders too), as sorted `/`-separated relative paths; hidden files skipped. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((p) => !p.split("/").some((part) => part.startsWith(".")))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The sources under the folder: every file but hidden files and sidecars. */
export async function listSources(dir: string): Promise<string[]> {
  return pairSidecars(await listFiles(dir)).sources;
}

/** Pairs `foo.txt.meta.yaml` (or `.yml`) with `foo.txt`; the rest are sources. */
export function pairSidecars(paths: string[]): SourceListing {
  const sources = paths.filter((p) => !sidecar.test(p));
  const known = new Set(sources);
  const sidecars = new Map<string, string>();
  const orphans: { path: string; message: string }[] = [];
  for (const path of paths.filter((p) => sidecar.test(p))) {
    const source = path.replace(sidecar, "");
    if (known.has(source) && !sidecars.has(source)) sidecars.set(source, path);
    else orphans.push({ path, message: orphanMessage(path, source, sources, sidecars.get(source)) });
  }
  return { sources, sidecars, orphans };
}

/** What to do about a sidecar that belongs to no source. */
function orphanMessage(path: string, source: string, sources: string[], taken: string | undefined): string {
  if (taken) return `“${source}”已有旁注文件“${taken}”，这一个未使用：请把两者合并为一个。`;
  const meant = sources.filter((s) => s.replace(/\.[^./]+$/, "") === source);
  const names = meant.map((s) => `“${s}.meta.yaml”`).join("或");
  return names
    ? `旁注文件未使用：旁注文件名应为来源文件的全名（含扩展名）加 .meta.yaml，请改名为${names}。`
    : `旁注文件未使用：没有名为“${source}”的来源文件。请把它改名为“来源文件全名.meta.yaml”，或删除。`;
}
