// The 审读 signals on tests/fixtures/review/: variants of the shipped reports (facts added or removed, an aspect cut out,
// last year's report reused) and reports of their own, each case's expected.yaml counted by hand from the rules by
// someone who had not read the parser. All cases are ingested together, as one corpus, as the e2e review site is.
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";
import { reportFileSchema, type ReportFile } from "../../../src/schemas/report.ts";
import { repoRoot } from "../helpers.ts";

const fixtures = join(repoRoot, "tests", "fixtures", "review");

interface Expected {
  file: string;
  problemItems?: number;
  concreteItems?: number;
  concreteHeadlines?: string[];
  caseAnalysis?: boolean;
  causeItems?: number;
  roots?: string[];
  excuseItems?: number;
  measureItems?: number;
  checkableMeasures?: number;
  reviewItems?: number;
  teamVoiceItems?: number;
  prescribedMissing?: string[];
  concreteShare?: number | null;
  repeats?: { count: number; headlines?: string[] };
}
interface Case {
  name: string;
  files: Expected[];
  series?: { author: string; years: number[]; missingYears: number[] };
}

let work: string;
const cases: Case[] = [];
const reports = new Map<string, ReportFile>();

/** The report made of a case's file. */
function reportOf(c: Case, file: string): ReportFile {
  const r = reports.get(`${c.name}/${file}`);
  if (!r) throw new Error(`${c.name}/${file} 没有成为一篇报告`);
  return r;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "review-fixtures-"));
  for (const name of (await readdir(fixtures, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const expected = load(await readFile(join(fixtures, name, "expected.yaml"), "utf8")) as Omit<Case, "name">;
    // The batch of drafts (copied-pair) is checked as drafts against each other, not as part of a corpus.
    if (!expected.files) continue;
    cases.push({ name, ...expected });
    await cp(join(fixtures, name), join(work, "sources", name), { recursive: true, filter: (f) => !f.endsWith("expected.yaml") });
  }
  await ingest({
    sources: join(work, "sources"),
    out: join(work, "out"),
    ...contentFiles(join(repoRoot, "content")),
    log: () => {},
  });
  for (const f of await readdir(join(work, "out", "reports"))) {
    const report = reportFileSchema.parse(readFrontmatter(await readFile(join(work, "out", "reports", f), "utf8")));
    reports.set(report.source, report);
  }
}, 180_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const headlineOf = (r: ReportFile, id: string) => r.passages.find((p) => p.id === id)?.headline ?? id;
const of = (r: ReportFile, section: string) => r.passages.filter((p) => p.section === section);

describe("审读 signals on the hand-counted review fixtures", () => {
  it("reads every case", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of ["facts-added", "facts-removed", "aspect-cut", "last-year-reused", "gap-year", "reused-verbatim", "team-voice", "cause-excuses", "measures-checkable", "review-section", "case-analysis-2025", "no-problem-section"]) {
    it(`gives the expected signals: ${name}`, () => {
      const c = cases.find((x) => x.name === name);
      if (!c) throw new Error(`没有 ${name} 这个用例`);
      for (const e of c.files) {
        const r = reportOf(c, e.file);
        const v = r.review;
        const where = `${name}/${e.file}`;
        if (e.problemItems !== undefined) expect(v.concrete.items, `${where} 问题条数`).toBe(e.problemItems);
        if (e.concreteItems !== undefined) expect(v.concrete.concrete.length, `${where} 具体条数`).toBe(e.concreteItems);
        if (e.concreteHeadlines) expect(v.concrete.concrete.map((x) => headlineOf(r, x.passage)).sort(), `${where} 具体的条目`).toEqual([...e.concreteHeadlines].sort());
        if ("concreteShare" in e && e.concreteShare === null) expect(v.concreteShare, `${where} 无问题条目`).toBeNull();
        if (e.caseAnalysis !== undefined) expect(v.concrete.caseAnalysis !== null, `${where} 典型案例剖析`).toBe(e.caseAnalysis);
        if (e.causeItems !== undefined) expect(v.causes.items, `${where} 原因条数`).toBe(e.causeItems);
        if (e.roots) expect(v.causes.roots.filter((x) => x.evidence.length).map((x) => x.root).sort(), `${where} 触及的根源`).toEqual([...e.roots].sort());
        if (e.excuseItems !== undefined) expect(v.causes.excuses.length, `${where} 只讲客观情况的原因`).toBe(e.excuseItems);
        if (e.measureItems !== undefined) expect(v.measures.items, `${where} 措施条数`).toBe(e.measureItems);
        if (e.checkableMeasures !== undefined) expect(v.measures.checkable.length, `${where} 有时限的措施`).toBe(e.checkableMeasures);
        if (e.reviewItems !== undefined) expect(v.rectification.items, `${where} 整改回顾条数`).toBe(e.reviewItems);
        if (e.teamVoiceItems !== undefined) expect(v.voice.team.length, `${where} 班子口吻`).toBe(e.teamVoiceItems);
        if (e.repeats) {
          expect(v.repeats, `${where} 与往年重复的条数`).toHaveLength(e.repeats.count);
          if (e.repeats.headlines) expect(v.repeats.map((x) => headlineOf(r, x.passage)).sort(), `${where} 与往年重复`).toEqual([...e.repeats.headlines].sort());
        }
        if (e.prescribedMissing && v.prescribed) {
          // The expected side names a missing aspect by a distinctive word of it.
          for (const word of e.prescribedMissing) expect(v.prescribed.missing.join("；"), `${where} 没写到的方面`).toContain(word);
          if (e.prescribedMissing.length === 0) expect(v.prescribed.missing, `${where} 没写到的方面`).toEqual([]);
        }
      }
      if (c.series) {
        const r = reportOf(c, c.files.at(-1)?.file ?? "");
        expect(r.review.series?.author).toBe(c.series.author);
        expect(r.review.series?.reports.map((x) => x.year)).toEqual(c.series.years);
        expect(r.review.series?.gaps).toEqual(c.series.missingYears);
      }
    });
  }

  it("moves each signal as the variant moves it", () => {
    const shipped = (id: string) => reports.size && [...reports.values()].find((r) => r.source.endsWith(id));
    const added = shipped("001-facts-added.txt");
    const removed = shipped("004-facts-removed.txt");
    const cut = shipped("001-aspect-cut.txt");
    if (!added || !removed || !cut) throw new Error("变体缺失");
    expect(added.review.concreteShare).toBeGreaterThan(0.5);
    expect(removed.review.concreteShare).toBe(0);
    expect(cut.review.prescribed?.missing.length).toBeGreaterThan(0);
    expect(of(cut, "problem").length).toBeLessThan(of(added, "problem").length);
  });
});
