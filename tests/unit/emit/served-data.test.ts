import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusEntry } from "../../../scripts/corpus/read-corpus.ts";
import { writeServedData, type ServedReport } from "../../../scripts/emit/served-data.ts";
import { reviewCorpus } from "../../../scripts/review/attach-review.ts";
import { pageReport } from "../../../src/lib/page-report.ts";
import { reportSchema } from "../../../src/schemas/report.ts";
import type { BuildFile } from "../../../src/schemas/build-file.ts";
import { processText } from "../helpers.ts";
import { bodyInMemory } from "../../../scripts/corpus/body-spool.ts";

let dir: string;
const reports: ServedReport[] = [];
const files: BuildFile[] = [{ id: "b.txt", reports: [], format: "txt", encoding: "utf-8", sidecar: null, passages: 0, problems: ["读不出"], notes: [] }];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "served-"));
  const texts = ["某局领导班子对照检查材料\n一、存在的问题\n（一）理论学习方面\n1.学习不深不透。\n", "某镇党委书记个人对照检查材料\n一、存在的问题\n1.调查研究不够。\n"];
  const entries: CorpusEntry[] = [];
  for (const [i, text] of texts.entries()) entries.push({ id: `r${i}`, report: { ...(await processText(text, `${i}.txt`)).report, order: i }, body: bodyInMemory("") });
  reviewCorpus(entries, []);
  for (const e of entries) reports.push({ id: e.id, data: reportSchema.parse({ ...e.report, review: e.review }) });
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("writeServedData", () => {
  it("writes each report's data file and the corpus, a report a line, then only what changed", async () => {
    expect(await writeServedData(() => reports, files, dir)).toEqual({ written: 2 });
    expect(JSON.parse(await readFile(join(dir, "data", "reports", "r1.json"), "utf8"))).toEqual(pageReport("r1", reports[1]?.data as ServedReport["data"]));
    const corpus = await readFile(join(dir, "data", "corpus.json"), "utf8");
    const parsed = JSON.parse(corpus) as { reports: { id: string }[]; problems: unknown[] };
    expect(parsed.reports.map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(parsed.problems).toEqual([{ source: "b.txt", message: "读不出" }]);
    expect(corpus.split("\n").filter((l) => l.startsWith('{"id":'))).toHaveLength(2);
    expect(await writeServedData(() => reports, files, dir)).toEqual({ written: 0 });
  });

  it("deletes the data file of a report no longer in the corpus", async () => {
    await writeServedData(() => reports.slice(0, 1), files, dir);
    expect(await readdir(join(dir, "data", "reports"))).toEqual(["r0.json"]);
    expect((JSON.parse(await readFile(join(dir, "data", "corpus.json"), "utf8")) as { reports: unknown[] }).reports).toHaveLength(1);
  });
});
