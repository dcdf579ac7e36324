// Ingest again after a change writes only the report files that changed and deletes those of reports now gone, so
// that unchanged reports keep their files (and the site's incremental build its pages).
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const logged: string[] = [];
const sources = () => join(work, "sources");
const reports = () => join(work, "out", "reports");
const run = () => ingest({ sources: sources(), out: join(work, "out"), ...contentFiles(join(repoRoot, "content")), log: (line) => logged.push(line) });
/** Each report file's modification time, by name. */
async function times(): Promise<Map<string, number>> {
  const names = (await readdir(reports())).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, (await stat(join(reports(), n))).mtimeMs] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ingest-changed-"));
  await cp(join(repoRoot, "content", "sources"), sources(), { recursive: true });
  await run();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("ingest into a folder it wrote before", () => {
  it("writes nothing when nothing changed, and deletes a file of no report", async () => {
    const before = await times();
    await writeFile(join(reports(), "stray.md"), "---\n---\n");
    logged.length = 0;
    await run();
    expect(logged.find((l) => l.startsWith("写出"))).toMatch(/^写出 {2}0 篇报告有变化，1 篇已删去，5 篇未变/);
    expect(await times()).toEqual(before);
  });

  it("rewrites a changed report's file and deletes a removed one's", async () => {
    const name = (await readdir(sources())).find((f) => f.startsWith("004")) ?? "";
    const text = await readFile(join(sources(), name), "utf8");
    await writeFile(join(sources(), name), text.replace("学习不够自觉", "学习还不够自觉"));
    await rm(join(sources(), (await readdir(sources())).find((f) => f.startsWith("003")) ?? ""));
    logged.length = 0;
    await run();
    const names = [...(await times()).keys()];
    expect(names).toHaveLength(4);
    expect(names.some((n) => n.startsWith("003"))).toBe(false);
    const changed = names.find((n) => n.startsWith("004")) ?? "";
    expect(await readFile(join(reports(), changed), "utf8")).toContain("学习还不够自觉");
    // The changed report's look-alikes and the corpus-wide 审读 wording may move the others too: at least it, and no more than all.
    expect(logged.find((l) => l.startsWith("写出"))).toMatch(/^写出 {2}[1-4] 篇报告有变化，1 篇已删去，[0-3] 篇未变/);
  });
});
