// The search index in shards by year: a build re-indexes only the shards whose reports changed, and writes
// exactly what a full build writes.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, groupShards, mergeSearchShards, planShards } from "../../../scripts/search/build-index.ts";
import { corpusJsonLines } from "../../../src/lib/corpus-export.ts";
import type { ShardList } from "../../../src/search/shard-list.ts";
import type { Report } from "../../../src/schemas/report.ts";
import { processText, repoRoot } from "../helpers.ts";

let work: string;
let reports: { id: string; data: Report }[];

/** Writes a site folder's data/corpus.json holding these reports, each given a year. */
async function site(dir: string, years: (number | null)[]): Promise<string> {
  const dist = join(work, dir);
  await mkdir(join(dist, "data"), { recursive: true });
  const chosen = years.map((year, i) => {
    const r = reports[i % reports.length] as { id: string; data: Report };
    return { id: `r${i}`, data: { ...r.data, year, order: i } as Report };
  });
  await writeFile(join(dist, "data", "corpus.json"), (await Array.fromAsync(corpusJsonLines(chosen, []))).join(""));
  return dist;
}

/** Every file of a folder, by relative path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(await Promise.all(files.map(async (e) => [join(e.parentPath, e.name).slice(dir.length), (await readFile(join(e.parentPath, e.name))).toString("base64")] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "search-shards-"));
  const sources = ["000_088d5b5e524c3f63.txt", "001_53bd226f14dc173a.txt"];
  reports = await Promise.all(
    sources.map(async (s, i) => ({ id: `s${i}`, data: (await processText(readFileSync(join(repoRoot, "content", "sources", s), "utf8"), s)).report as Report })),
  );
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("groupShards", () => {
  /** Each year with that many reports, addressed by year and place. */
  const years = (entries: [string, number][]) => new Map(entries.map(([year, n]) => [year, Array.from({ length: n }, (_, i) => `/r/${year}-${i}/`)]));
  const keys = (shards: ReturnType<typeof groupShards>) => shards.map((s) => s.key);

  it("puts consecutive years together from the oldest on while they fit, lists the newest first and no year last", () => {
    expect(keys(groupShards(years([["2019", 4], ["2020", 3], ["2021", 2], ["2022", 5], ["null", 1]]), 10))).toEqual(["2022", "2019-2021", "unknown"]);
    expect(groupShards(years([["2020", 2], ["2021", 3]]), 10)[0]?.members.map((m) => m.year)).toEqual(["2021", "2020"]);
  });

  it("cuts a year larger than a shard into runs of half a shard to a shard, in corpus order, each named by the year and its first report", () => {
    const shards = groupShards(years([["2020", 2], ["2021", 2500], ["2022", 3]]), 300);
    const runs = shards.filter((s) => s.key.startsWith("2021."));
    expect(keys(shards)).toEqual(["2022", ...keys(runs), "2020"]);
    expect(runs.length).toBeGreaterThanOrEqual(9);
    expect(runs.map((s) => s.key)).toEqual(runs.map((s) => `2021.${createHash("sha256").update(`/r/2021-${s.members[0]?.from}/`).digest("hex").slice(0, 8)}`));
    // The runs cover the year in order, none over the cap, none under half of it but the year's last.
    expect(runs.map((s) => s.members)).toEqual(runs.map((s, i) => [{ year: "2021", from: i === 0 ? 0 : runs[i - 1]?.members[0]?.to, to: s.members[0]?.to }]));
    expect(runs.at(-1)?.members[0]?.to).toBe(2500);
    for (const [i, s] of runs.entries()) {
      const n = (s.members[0]?.to ?? 0) - (s.members[0]?.from ?? 0);
      expect(n).toBeLessThanOrEqual(300);
      if (i < runs.length - 1) expect(n).toBeGreaterThanOrEqual(150);
    }
  });

  it("changes only the run that reports are added to or removed from, wherever in a year they fall", () => {
    const year = years([["2021", 3000]]).get("2021") as string[];
    /** Each run as the reports it holds: what its index is made of. */
    const runs = (addresses: string[]) => new Set(groupShards(new Map([["2021", addresses]]), 300).map((s) => `${s.key} ${addresses.slice(s.members[0]?.from, s.members[0]?.to).join()}`));
    const before = runs(year);
    const added = Array.from({ length: 17 }, (_, i) => `/r/added-${i}/`);
    for (const after of [runs([...added, ...year]), runs([...year.slice(0, 1400), ...added, ...year.slice(1400)]), runs(year.filter((_, i) => i !== 2000))]) {
      const changed = [...after].filter((r) => !before.has(r)).length;
      expect(changed).toBeGreaterThanOrEqual(1);
      expect(changed).toBeLessThanOrEqual(2);
      expect(after.size).toBeGreaterThanOrEqual(before.size - 1);
    }
  });

  it("changes only the newest shard's years when reports are added to the current year", () => {
    const before = groupShards(years([["2019", 6], ["2020", 5], ["2021", 7], ["2022", 2]]), 10);
    const after = groupShards(years([["2019", 6], ["2020", 5], ["2021", 7], ["2022", 9]]), 10);
    expect(keys(before)).toEqual(["2021-2022", "2020", "2019"]);
    expect(keys(after)).toEqual(["2022", "2021", "2020", "2019"]);
    expect(after.slice(2)).toEqual(before.slice(1));
  });
});

describe("buildSearchIndex", () => {
  it("makes the newest years' shard the primary, and gives reports of no year a shard of their own", async () => {
    const dist = await site("a", [2021, 2023, 2021, null]);
    expect(await buildSearchIndex(dist, { full: true, digests: work })).toEqual({ records: 4, shards: 2, rebuilt: 2 });
    const list = JSON.parse(await readFile(join(dist, "pagefind", "shards.json"), "utf8")) as ShardList;
    expect(list.shards).toEqual([
      { path: "", years: [2023, 2021], reports: 3 },
      { path: "shard-unknown/", years: [null], reports: 1 },
    ]);
    expect(list.totals.year).toEqual({ "2021": 2, "2023": 1, 未注明: 1 });
  });

  it("re-indexes only the shard whose reports changed, and writes what a full build writes", async () => {
    const dist = await site("a", [2021, 2023, 2021, null]);
    // Astro empties dist/ at the start of every build: the shards are kept elsewhere.
    await rm(join(dist, "pagefind"), { recursive: true });
    expect((await buildSearchIndex(dist, { digests: work })).rebuilt).toBe(0);
    // A report of 2023 added: the shard of 2021–2023 (the primary) alone is rebuilt.
    await site("a", [2021, 2023, 2021, null, 2023]);
    expect((await buildSearchIndex(dist, { digests: work })).rebuilt).toBe(1);
    const full = await site("b", [2021, 2023, 2021, null, 2023]);
    await buildSearchIndex(full, { full: true, digests: work });
    expect(await snapshot(join(dist, "pagefind"))).toEqual(await snapshot(join(full, "pagefind")));
  });

  it("keeps a shard whose reports changed only in what no record holds (look-alikes, review), and rebuilds one whose text changed", async () => {
    const dist = await site("d", [2021, 2022, null]);
    await buildSearchIndex(dist, { digests: work });
    const path = join(dist, "data", "corpus.json");
    const lines = (await readFile(path, "utf8")).split("\n");
    const at = lines.findIndex((l) => l.startsWith('{"id":"r0"'));
    const report = JSON.parse((lines[at] as string).replace(/,$/, "")) as { passages: { text: string; similar: unknown[] }[]; review: { stockShare: number } | null };
    const rewrite = async () => {
      lines[at] = `${JSON.stringify(report)},`;
      await writeFile(path, lines.join("\n"));
    };
    (report.passages[0] as { similar: unknown[] }).similar = [{ report: "r1", passage: "x", jaccard: 0.5 }];
    report.review = { ...report.review, stockShare: 0.99 };
    await rewrite();
    expect((await buildSearchIndex(dist, { digests: work })).rebuilt).toBe(0);
    (report.passages[0] as { text: string }).text += "又改了一句。";
    await rewrite();
    expect((await buildSearchIndex(dist, { digests: work })).rebuilt).toBe(1);
  });

  it("leaves the index an earlier build put in dist/ as it was: dist/ holds links to the kept index, which a later build replaces, never writes into", async () => {
    const dist = await site("e", [2021, 2023, null]);
    await buildSearchIndex(dist, { digests: work });
    await rename(join(dist, "pagefind"), join(work, "pagefind-earlier"));
    const earlier = await snapshot(join(work, "pagefind-earlier"));
    // A report of no year added: its shard and the list of shards change, the primary does not.
    await site("e", [2021, 2023, null, null]);
    expect((await buildSearchIndex(dist, { digests: work })).rebuilt).toBe(1);
    expect(await snapshot(join(work, "pagefind-earlier"))).toEqual(earlier);
    expect(await readFile(join(dist, "pagefind", "shards.json"), "utf8")).not.toBe(earlier.get("/shards.json"));
  });

  it("moves the primary to a newer year, and drops the shard of reports gone", async () => {
    const dist = await site("a", [2024, 2023, 2023]);
    expect(await buildSearchIndex(dist, { digests: work })).toEqual({ records: 3, shards: 1, rebuilt: 1 });
    const full = await site("c", [2024, 2023, 2023]);
    await buildSearchIndex(full, { full: true, digests: work });
    expect(await snapshot(join(dist, "pagefind"))).toEqual(await snapshot(join(full, "pagefind")));
  });

  it("is built as separate jobs, a shard each on its own machine, then merged into what one build writes", async () => {
    const years = [2021, 2023, null, 2022, null];
    const keys = await planShards(await site("plan", years));
    expect(keys).toEqual(["2021-2023", "unknown"]);
    // Each job has the site's dist/ (corpus.json) and builds its shard; the last job gathers their pagefind/ folders.
    for (const key of keys) await buildSearchIndex(await site(`job-${key}`, years), { only: [key], digests: work });
    const merged = await site("merged", years);
    for (const key of keys) await cp(join(work, `job-${key}`, "pagefind"), join(merged, "pagefind"), { recursive: true });
    expect(await mergeSearchShards(merged)).toEqual({ shards: 2 });
    const whole = await site("whole", years);
    await buildSearchIndex(whole, { full: true, digests: work });
    expect(await snapshot(join(merged, "pagefind"))).toEqual(await snapshot(join(whole, "pagefind")));
  });

  it("fails naming the shard whose index could not be written", async () => {
    const dist = await site("unwritable", [2021]);
    // The index folder cannot be made under a file: Pagefind's process fails, and the build says which shard.
    const blocked = join(work, "a-file");
    await writeFile(blocked, "");
    await expect(buildSearchIndex(dist, { full: true, digests: blocked })).rejects.toThrow(/检索分片 2021 没有建成/);
  });

  it("refuses to merge while a shard is missing, naming it", async () => {
    const dist = await site("partial", [2021, null]);
    await buildSearchIndex(dist, { only: ["2021"], digests: work });
    await expect(mergeSearchShards(dist)).rejects.toThrow(/还没有建好：unknown/);
  });
});
