// After a change, an ingest makes again only the files of the reports whose data changed (their digests, recorded
// by the last ingest, say which), and writes what an ingest from nothing writes.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { summaryLines } from "../../../scripts/emit/output-digests.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const sources = () => join(work, "sources");
const run = (out: string) => ingest({ sources: sources(), out: join(work, out), ...contentFiles(join(repoRoot, "content")), log: () => {} });

/** Every file an ingest writes, by path, but its own records (the stamp and the digests, which say how it was made). */
async function output(out: string): Promise<Map<string, string>> {
  const dir = join(work, out);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !["ingest-stamp.json", "output-digests.json"].includes(e.name));
  return new Map(await Promise.all(files.map(async (e) => [join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name), "utf8")] as const)));
}

/** Changes a word in the shipped source whose name starts so. */
async function edit(prefix: string, from: string, to: string): Promise<void> {
  const name = (await readdir(sources())).find((f) => f.startsWith(prefix)) ?? "";
  const text = await readFile(join(sources(), name), "utf8");
  expect(text).toContain(from);
  await writeFile(join(sources(), name), text.replace(from, to));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "output-digests-"));
  await cp(join(repoRoot, "content", "sources"), sources(), { recursive: true });
  await run("out");
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("an ingest after a change", () => {
  it("writes what an ingest from nothing writes", async () => {
    await edit("004", "学习不够自觉", "学习还不够自觉");
    await run("out");
    await run("fresh");
    expect(await output("out")).toEqual(await output("fresh"));
  });

  it("neither makes nor reads back the files of a report whose data is as the last ingest recorded", async () => {
    // Written into by hand, a report's data file that the next ingest has no cause to make again stays as it is:
    // the ingest trusts its record rather than reading every file back.
    const served = join(work, "out", "build", "served", "data", "reports");
    const [name] = (await readdir(served)).sort();
    const path = join(served, name as string);
    const marked = `${(await readFile(path, "utf8")).trimEnd()}\n`;
    await writeFile(path, `${marked} `);
    await edit("004", "学习还不够自觉", "学习仍不够自觉");
    await run("out");
    expect(await readFile(path, "utf8")).toBe(`${marked} `);
    await writeFile(path, marked);
  });

  it("writes again a report's files that are gone, though its data did not change", async () => {
    const reports = join(work, "out", "reports");
    const [name] = (await readdir(reports)).sort();
    const before = await readFile(join(reports, name as string), "utf8");
    await rm(join(reports, name as string));
    await edit("004", "学习仍不够自觉", "学习不够自觉");
    await run("out");
    expect(await readFile(join(reports, name as string), "utf8")).toBe(before);
    await run("fresh");
    expect(await output("out")).toEqual(await output("fresh"));
  });
});

describe("an ingest after one killed while it wrote its digests", () => {
  it("makes every file again, and writes what an ingest from nothing writes", async () => {
    const file = join(work, "out", "build", "output-digests.json");
    await writeFile(file, (await readFile(file, "utf8")).slice(0, 100));
    await edit("004", "学习不够自觉", "学习不太自觉");
    await run("out");
    await run("fresh");
    expect(await output("out")).toEqual(await output("fresh"));
    await edit("004", "学习不太自觉", "学习不够自觉");
  });
});

describe("an ingest after a report is added first in the corpus order", () => {
  it("leaves the files of every report whose data did not change as they were, and writes what an ingest from nothing writes", async () => {
    /** Each report's digest as its summary has it: of all its data but its place in the corpus order. */
    const digests = async () => {
      const lines = await summaryLines(join(work, "out", "build", "report-summaries.jsonl"));
      const byId = new Map([...lines.keys()].map((id) => [id, (JSON.parse(lines.get(id) as string) as { data: { digest: string } }).data.digest]));
      lines.close();
      return byId;
    };
    const [before, digestsBefore] = [await output("out"), await digests()];
    const [first] = (await readdir(sources())).filter((f) => f.endsWith(".txt")).sort();
    const text = await readFile(join(sources(), first as string), "utf8");
    await writeFile(join(sources(), "000-added.txt"), text.replace("学习不够自觉", "学习不够主动"));
    await run("out");
    const [after, digestsAfter] = [await output("out"), await digests()];
    const unchanged = [...digestsBefore].filter(([id, digest]) => digestsAfter.get(id) === digest).map(([id]) => id);
    expect(unchanged.length, "reports whose data the added one does not touch").toBeGreaterThan(0);
    for (const id of unchanged) expect(after.get(`/reports/${id}.md`), id).toBe(before.get(`/reports/${id}.md`));
    await run("fresh");
    expect(after).toEqual(await output("fresh"));
    await rm(join(sources(), "000-added.txt"));
  });
});

describe("summaryLines", () => {
  it("reads each summary line by its report's id, and none where there is no file", async () => {
    const path = join(work, "out", "build", "report-summaries.jsonl");
    const lines = await summaryLines(path);
    expect(lines.size).toBe((await readdir(join(work, "out", "reports"))).length);
    expect([...lines.keys()].map((id) => `${lines.get(id)}\n`).join(""), "the file, line by line").toBe(await readFile(path, "utf8"));
    for (const id of lines.keys()) expect((JSON.parse(lines.get(id) as string) as { id: string }).id).toBe(id);
    expect(lines.get("no-such-report")).toBeUndefined();
    lines.close();
    expect((await summaryLines(join(work, "no-such-file.jsonl"))).size).toBe(0);
  });
});
