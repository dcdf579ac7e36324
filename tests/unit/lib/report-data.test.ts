// The site's lists read summaries (src/lib/report-summary.ts, src/lib/report-summaries.ts) and pages read the whole
// report from its file (src/lib/report-data.ts): the shipped reports, ingested into a temporary folder, through all three.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";
import { passageTitle } from "../../../src/lib/labels.ts";
import { loadReport } from "../../../src/lib/report-data.ts";
import { reportSummary } from "../../../src/lib/report-summary.ts";
import { readReportSummaries } from "../../../src/lib/report-summaries.ts";
import { reportFileSchema, type ReportFile } from "../../../src/schemas/report.ts";
import { reportSummarySchema } from "../../../src/schemas/report-summary.ts";
import { repoRoot } from "../helpers.ts";

let work: string;
const files = new Map<string, string>();
const reports = new Map<string, ReportFile>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "report-data-"));
  const content = join(repoRoot, "content");
  await ingest({ sources: join(content, "sources"), out: join(work, "out"), ...contentFiles(content), log: () => {} });
  for (const name of await readdir(join(work, "out", "reports"))) {
    const path = join(work, "out", "reports", name);
    const id = name.replace(/\.md$/, "");
    files.set(id, path);
    reports.set(id, reportFileSchema.parse(readFrontmatter(await readFile(path, "utf8"))));
  }
}, 180_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe("reportSummary", () => {
  it("keeps every passage and aspect, without text, and passes its schema", () => {
    expect(reports.size).toBeGreaterThanOrEqual(5);
    for (const [id, report] of reports) {
      const summary = reportSummarySchema.parse(reportSummary(id, { ...report, order: 0 }));
      expect(summary.passages.map((p) => p.id)).toEqual(report.passages.map((p) => p.id));
      expect(summary.passages.map((p) => p.title)).toEqual(report.passages.map(passageTitle));
      expect(summary.aspects).toEqual(report.sections.flatMap((s) => s.aspects));
      expect(JSON.stringify(summary)).not.toContain(report.passages.find((p) => p.text.length > 80)?.text ?? "never");
      expect(summary.reviewRow).toMatchObject({ id, url: `reports/${id}/`, kind: report.kind, year: report.year });
    }
  });

  it("gives a digest that ignores the corpus order and follows anything a page shows", () => {
    const [id, file] = [...reports][0] as [string, ReportFile];
    const report = { ...file, order: 3 };
    const base = reportSummary(id, report).digest;
    expect(reportSummary(id, { ...report, order: report.order + 7 }).digest).toBe(base);
    const edited = { ...report, passages: report.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text}。` } : p)) };
    expect(reportSummary(id, edited).digest).not.toBe(base);
    expect(reportSummary(`${id}-x`, report).digest).not.toBe(base);
  });
});

describe("loadReport", () => {
  it("reads a report's whole data from its file", async () => {
    for (const [id, report] of reports) {
      const entry = { id, filePath: files.get(id), data: { digest: reportSummary(id, { ...report, order: 0 }).digest } };
      expect(await loadReport(entry)).toEqual(report);
    }
  });

  it("reads the file again when the collection holds another version of it", async () => {
    const [id, report] = [...reports][1] as [string, ReportFile];
    const path = join(work, "changed.md");
    await writeFile(path, await readFile(files.get(id) as string, "utf8"));
    expect((await loadReport({ id, filePath: path, data: { digest: "v1" } })).title).toBe(report.title);
    await writeFile(path, (await readFile(path, "utf8")).replace(/^"title": .*,$/m, '"title": "改过的标题",'));
    expect((await loadReport({ id, filePath: path, data: { digest: "v1" } })).title).toBe(report.title);
    expect((await loadReport({ id, filePath: path, data: { digest: "v2" } })).title).toBe("改过的标题");
  });

  it("names the file and what to do when its data does not fit the schema", async () => {
    const path = join(work, "broken.md");
    await writeFile(path, "---\ntitle: 残缺的报告\n---\n");
    await expect(loadReport({ id: "broken", filePath: path, data: { digest: "x" } })).rejects.toThrow(/broken\.md.*npm run build/s);
  });
});

describe("readReportSummaries", () => {
  it("gives every report's summary in corpus order, each pointing at the report's own file", async () => {
    const entries = await readReportSummaries(join(work, "out", "build", "report-summaries.jsonl"));
    expect(entries.map((e) => e.id).sort()).toEqual([...reports.keys()].sort());
    expect(entries.map((e) => e.data.order)).toEqual(entries.map((e) => e.data.order).sort((a, b) => a - b));
    for (const entry of entries) {
      expect(entry.filePath).toBe(files.get(entry.id));
      // The report's file holds all but its place in the corpus order, which its summary holds.
      expect(entry.data).toEqual(reportSummarySchema.parse(reportSummary(entry.id, { ...(reports.get(entry.id) as ReportFile), order: entry.data.order })));
    }
  });

  it("finds the reports' files after the output folder moved", async () => {
    await cp(join(work, "out"), join(work, "moved"), { recursive: true });
    const entries = await readReportSummaries(join(work, "moved", "build", "report-summaries.jsonl"));
    expect(entries.length).toBe(reports.size);
    for (const entry of entries) expect(entry.filePath).toBe(join(work, "moved", "reports", `${entry.id}.md`));
  });

  it("names the file, the line and what to do when a line does not fit the schema or is cut short, or the file is missing", async () => {
    const path = join(work, "summaries.jsonl");
    const lines = (await readFile(join(work, "out", "build", "report-summaries.jsonl"), "utf8")).split("\n");
    await writeFile(path, [lines[0], '{"id":"x","filePath":"../reports/x.md","data":{}}', ""].join("\n"));
    await expect(readReportSummaries(path)).rejects.toThrow(/summaries\.jsonl 第 2 行.*npm run build/s);
    await writeFile(path, [lines[0], lines[1]?.slice(0, 40), ""].join("\n"));
    await expect(readReportSummaries(path)).rejects.toThrow(/summaries\.jsonl 第 2 行不是完整的 JSON.*npm run build/s);
    await expect(readReportSummaries(join(work, "none.jsonl"))).rejects.toThrow(/none\.jsonl.*npm run build/s);
  });
});
