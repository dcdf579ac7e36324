// The content-hash cache: a rebuild re-processes only the sources that changed, and gives the same output as no cache.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest, type IngestOptions } from "../../../scripts/ingest.ts";
import { pipelineVersion } from "../../../scripts/corpus/source-cache.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const logged: string[] = [];

function options(out: string, cache?: string): IngestOptions {
  return {
    sources: join(work, "sources"),
    out: join(work, out),
    ...contentFiles(join(repoRoot, "content")),
    log: (line) => logged.push(line),
    ...(cache ? { cache: join(work, cache) } : {}),
  };
}

/** Every generated file of an output folder, by relative path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(files.map(async (e) => [join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name), "utf8")] as const)));
}

const cacheLine = () => logged.filter((l) => l.startsWith("缓存")).at(-1) ?? "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ingest-cache-"));
  await cp(join(repoRoot, "content", "sources"), join(work, "sources"), { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("the ingest cache", () => {
  it("processes every source on the first run and none on an unchanged rerun", async () => {
    await ingest(options("a", "cache"));
    expect(cacheLine()).toMatch(/^缓存 {2}0 个来源未变.*5 个重新解析/);
    // Into a fresh folder: into "a" again, ingest would find its own output up to date and read nothing (ingest-stamp).
    await ingest(options("a-again", "cache"));
    expect(cacheLine()).toMatch(/^缓存 {2}5 个来源未变.*0 个重新解析/);
  });

  it("re-processes only the source that changed", async () => {
    const name = (await readdir(join(work, "sources"))).sort()[2] as string;
    const path = join(work, "sources", name);
    await writeFile(path, `${await readFile(path, "utf8")}以上是我的对照检查，请批评指正。\n`);
    await ingest(options("a", "cache"));
    expect(cacheLine()).toMatch(/^缓存 {2}4 个来源未变.*1 个重新解析/);
  });

  it("finds the same files moved to another folder", async () => {
    await cp(join(work, "sources"), join(work, "moved"), { recursive: true });
    await ingest({ ...options("c", "cache"), sources: join(work, "moved") });
    expect(cacheLine()).toMatch(/^缓存 {2}5 个来源未变.*0 个重新解析/);
    expect(await snapshot(join(work, "c"))).toEqual(await snapshot(join(work, "a")));
  });

  it("parses again a source whose entry was left half-written, and leaves no file beside the entries", async () => {
    const cache = join(work, "cache");
    const entries = (await readdir(cache)).filter((f) => f.endsWith(".json")).sort();
    expect((await readdir(cache)).sort(), "entries only").toEqual(entries);
    const [broken] = entries;
    await writeFile(join(cache, broken as string), (await readFile(join(cache, broken as string), "utf8")).slice(0, 40));
    await ingest(options("d", "cache"));
    expect(cacheLine()).toMatch(/^缓存 {2}4 个来源未变.*1 个重新解析/);
    expect(await snapshot(join(work, "d"))).toEqual(await snapshot(join(work, "a")));
    expect((await readdir(cache)).sort()).toEqual(entries);
  });

  it("writes exactly what a run without the cache writes", async () => {
    await ingest(options("b"));
    expect(await snapshot(join(work, "a"))).toEqual(await snapshot(join(work, "b")));
  });
});

describe("the pipeline version", () => {
  const options = { glossary: new Map([["某某", "张三"]]), model: { phrasebook: [], profiles: {} } };
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "pipeline-version-"));
    for (const p of ["scripts", "src", "package-lock.json"]) await cp(join(repoRoot, p), join(root, p), { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const append = async (path: string) => writeFile(join(root, path), `${await readFile(join(root, path), "utf8")}\n// changed\n`);

  it("stays when code the parse does not run changes: the build script, the pages", async () => {
    const before = await pipelineVersion(root, options);
    await append("scripts/build.ts");
    await append("src/pages/search.astro");
    expect(await pipelineVersion(root, options)).toBe(before);
  });

  it("changes with any module the parse imports, however deep, and with the libraries", async () => {
    for (const path of ["scripts/corpus/read-one.ts", "src/parse/process-report.ts", "src/parse/normalize/normalize-text.ts", "package-lock.json"]) {
      const before = await pipelineVersion(root, options);
      await append(path);
      expect(await pipelineVersion(root, options), path).not.toBe(before);
    }
  });

  it("changes with the options the sources are read with", async () => {
    const before = await pipelineVersion(root, options);
    expect(await pipelineVersion(root, { ...options, glossary: new Map([["某某", "李四"]]) })).not.toBe(before);
    expect(await pipelineVersion(root, { ...options, model: { phrasebook: [["学习", [["theory-study", 1]]]], profiles: {} } })).not.toBe(before);
  });
});
