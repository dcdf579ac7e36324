// Reports in the forms real ones take (every year's template, team and personal, furniture, traditional script,
// collections…), written in our own words under tests/fixtures/real-forms/<case>/ and counted by hand into
// counts.json by DESIGN.md's rules; and reports without headings for some of their sections, whose sections are
// read by their wording, under tests/fixtures/inferred-sections/<case>/, written and counted by someone who had not
// read the parser. counts.json is never regenerated: the parser must meet it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedReport, Report } from "../../../src/schemas/report.ts";
import { readOne } from "../../../scripts/corpus/read-one.ts";
import { processOptions, repoRoot } from "../helpers.ts";

/** The fixture folders, each with the least number of cases it must hold. */
const folders = { "real-forms": 25, "inferred-sections": 14, "inferred-sections-2": 12 };

/** One report as counts.json records it. */
interface Counted {
  title: string | null;
  kind: "team" | "personal";
  year: number | null;
  sections: string[];
  /** The kinds of the sections that have no heading and were read by their wording, in order. */
  inferred: string[];
  otherHeadings: string[];
  aspects: number[];
  problemItems: number;
  causes: number;
  measures: number;
  review: number;
}

function casesIn(fixtures: string): string[] {
  return existsSync(fixtures)
    ? readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

/** The input file of a case: input.txt or input.md. */
function input(fixtures: string, name: string): { path: string; format: "txt" | "md" } {
  const md = join(fixtures, name, "input.md");
  return existsSync(md) ? { path: md, format: "md" } : { path: join(fixtures, name, "input.txt"), format: "txt" };
}

/** A processed report counted the way counts.json is. */
function count(r: ParsedReport): Counted {
  const n = (section: string) => r.passages.filter((p) => p.section === section).length;
  const aspects = r.sections.filter((s) => s.kind === "problem").flatMap((s) => s.aspects);
  return {
    title: r.title,
    kind: (r as { kind?: "team" | "personal" }).kind ?? "personal",
    year: r.year,
    sections: r.sections.map((s) => s.kind),
    inferred: r.sections.filter((s) => s.inferredFrom !== undefined).map((s) => s.kind),
    otherHeadings: r.sections.filter((s) => s.kind === "other").map((s) => s.heading.replace(/^[一二三四五六七八九十]+[、．.]\s*/u, "")),
    aspects: aspects.map((a) => r.passages.filter((p) => p.section === "problem" && p.aspect === a.n).length),
    problemItems: r.passages.filter((p) => p.section === "problem" && p.aspect === 0).length,
    causes: n("cause"),
    measures: n("measure"),
    review: n("review"),
  };
}

/** Reads a case the way ingest does (readOne: unescaped, split into its reports, each processed). */
async function read(fixtures: string, name: string): Promise<Counted[]> {
  const { path, format } = input(fixtures, name);
  const result = await readOne(fixtures, `${name}/input.${format}`, readFileSync(path), undefined, await processOptions());
  return result.processed.map((p) => count(p.report));
}

for (const [folder, least] of Object.entries(folders)) {
  const fixtures = join(repoRoot, "tests", "fixtures", folder);
  const cases = casesIn(fixtures);

  describe(`${folder}: reports in the forms real ones take`, () => {
    it(`has at least ${least} cases`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(least);
    });

    it.each(cases)("%s reads as counted by hand", async (name) => {
      const expected = (JSON.parse(readFileSync(join(fixtures, name, "counts.json"), "utf8")) as { reports: Partial<Counted>[] }).reports;
      expect(await read(fixtures, name)).toEqual(expected.map((r) => ({ problemItems: 0, review: 0, otherHeadings: [], inferred: [], ...r })));
    });
  });
}
