// The 查重 index is made in a store from ingest's output and linked into dist/data/check/; a build whose corpus.json,
// stock runs, glossary and code are as before keeps the last index instead of making it.
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkCheckIndex } from "../../../scripts/check/check-store.ts";
import { storeCheckIndex } from "../../../scripts/check/write-check-index.ts";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const dist = () => join(work, "dist");
const content = () => join(work, "content");
const store = () => join(work, "store");

/** Every file of the index in dist/, by relative path. */
async function index(): Promise<Map<string, string>> {
  const dir = join(dist(), "data", "check");
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(files.map(async (e) => [join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name), "base64")] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "check-index-"));
  await ingest({ sources: join(repoRoot, "content", "sources"), out: content(), ...contentFiles(join(repoRoot, "content")), log: () => {} });
  await cp(join(repoRoot, "content", "glossary.yaml"), join(content(), "glossary.yaml"));
}, 180_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("storeCheckIndex and linkCheckIndex", () => {
  it("refuses to link a store holding no whole index", async () => {
    await expect(linkCheckIndex(store(), dist())).rejects.toThrow(/--only=check/);
  });

  it("makes the index once and links the same files again while its inputs are unchanged", async () => {
    const first = await storeCheckIndex(content(), store());
    expect(first.reused).toBe(false);
    await linkCheckIndex(store(), dist());
    const made = await index();
    expect(made.has("/manifest.json")).toBe(true);
    await rm(join(dist(), "data", "check"), { recursive: true });
    const again = await storeCheckIndex(content(), store());
    expect(again).toEqual({ ...first, reused: true });
    await linkCheckIndex(store(), dist());
    // Over the links already there too.
    await linkCheckIndex(store(), dist());
    expect(await index()).toEqual(made);
    const linked = await stat(join(dist(), "data", "check", "manifest.json"));
    expect(linked.ino).toBe((await stat(join(store(), "index", "manifest.json"))).ino);
  });

  it("makes it again when corpus.json or the stock runs changed", async () => {
    const corpus = join(content(), "build", "served", "data", "corpus.json");
    const lines = (await readFile(corpus, "utf8")).split("\n");
    await writeFile(corpus, `${lines.filter((l) => l !== "").slice(0, -1).join("\n")}\n`);
    expect((await storeCheckIndex(content(), store())).reused).toBe(false);
    expect((await storeCheckIndex(content(), store())).reused).toBe(true);
    await writeFile(join(content(), "build", "stock-runs.json"), "[]\n");
    expect((await storeCheckIndex(content(), store())).reused).toBe(false);
  });
});
