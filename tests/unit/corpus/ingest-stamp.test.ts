// An ingest whose sources, lists and code are as the last one found them writes nothing and reads no parse: its
// output is what it would write. Anything else that changed, or output gone, and it runs.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestCode, ingestStamp } from "../../../scripts/corpus/ingest-stamp.ts";
import { sourceDigests } from "../../../scripts/sources/source-digests.ts";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { listFiles, pairSidecars } from "../../../scripts/sources/list-sources.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const logged: string[] = [];
const sources = () => join(work, "sources");
const reports = () => join(work, "out", "reports");
const run = () => {
  logged.length = 0;
  return ingest({ sources: sources(), out: join(work, "out"), ...contentFiles(join(repoRoot, "content")), log: (line) => logged.push(line) });
};
const skipped = () => logged.some((l) => l.startsWith("未变"));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ingest-stamp-"));
  await cp(join(repoRoot, "content", "sources"), sources(), { recursive: true });
  // A file that cannot be a report: its problem must still count when the ingest is skipped (--strict).
  await writeFile(join(sources(), "empty.txt"), "");
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("an ingest with nothing changed", () => {
  it("writes and reads nothing, and counts the problems the last one found", async () => {
    const problems = await run();
    expect(problems).toBe(1);
    expect(skipped()).toBe(false);
    expect(await run()).toBe(1);
    expect(skipped()).toBe(true);
    expect(logged.some((l) => l.startsWith("缓存") || l.startsWith("写出"))).toBe(false);
  });

  it("runs when a source changed, and is skipped again after", async () => {
    const name = (await readdir(sources())).find((f) => f.startsWith("004")) ?? "";
    await writeFile(join(sources(), name), (await readFile(join(sources(), name), "utf8")).replace("学习不够自觉", "学习还不够自觉"));
    await run();
    expect(skipped()).toBe(false);
    expect(logged.find((l) => l.startsWith("写出"))).toMatch(/^写出 {2}[1-5] 篇报告有变化/);
    await run();
    expect(skipped()).toBe(true);
  });

  it("runs when a report file is gone, and writes it again", async () => {
    const [first] = (await readdir(reports())).sort();
    await rm(join(reports(), first as string));
    await run();
    expect(skipped()).toBe(false);
    expect(await readdir(reports())).toContain(first);
  });

  it("is told apart by every input but the folder's own place", async () => {
    const listing = pairSidecars(await listFiles(sources()));
    const code = await ingestCode(repoRoot);
    const digests = await sourceDigests(sources(), listing);
    const base = ingestStamp(code, digests, listing, ["lists"]);
    expect(ingestStamp(code, digests, listing, ["other lists"])).not.toBe(base);
    expect(ingestStamp("other code", digests, listing, ["lists"])).not.toBe(base);
    await cp(sources(), join(work, "moved"), { recursive: true });
    expect(ingestStamp(code, await sourceDigests(join(work, "moved"), listing), listing, ["lists"])).toBe(base);
    await writeFile(join(work, "moved", "empty.txt"), "不再是空的");
    expect(ingestStamp(code, await sourceDigests(join(work, "moved"), listing), listing, ["lists"])).not.toBe(base);
  });
});
