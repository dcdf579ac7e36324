// The five shipped reports, counted by DESIGN.md's rules (its table "The five reports").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Processed } from "../../../src/parse/process-report.ts";
import { processText, repoRoot } from "../helpers.ts";

const sourcesDir = join(repoRoot, "content", "sources");

interface Expected {
  review: number;
  aspects: number[];
  causes: number;
  measures: number;
  closing: boolean;
  meeting: string;
}

const table: Record<string, Expected> = {
  "000": { review: 6, aspects: [2, 3, 3, 3, 3], causes: 3, measures: 4, closing: true, meeting: "民主生活会" },
  "001": { review: 0, aspects: [3, 3, 3, 2, 3], causes: 4, measures: 4, closing: true, meeting: "民主生活会" },
  "002": { review: 0, aspects: [1, 2, 2, 1, 1, 1], causes: 4, measures: 4, closing: false, meeting: "民主生活会" },
  "003": { review: 0, aspects: [3, 3, 3, 3, 3], causes: 4, measures: 5, closing: false, meeting: "民主生活会" },
  "004": { review: 0, aspects: [3, 2, 2, 1, 2], causes: 3, measures: 3, closing: false, meeting: "组织生活会" },
};

const files = readdirSync(sourcesDir).sort();
const processed = new Map<string, Processed>();
async function report(prefix: string): Promise<Processed["report"]> {
  const file = files.find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`content/sources/ has no file starting with ${prefix}_`);
  if (!processed.has(file)) processed.set(file, await processText(readFileSync(join(sourcesDir, file), "utf8"), file));
  return (processed.get(file) as Processed).report;
}

describe("shipped reports", () => {
  it("ships exactly the five reports of DESIGN.md", () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual(Object.keys(table));
  });

  describe.each(Object.entries(table))("%s", (prefix, expected) => {
    it("is structured", async () => {
      expect((await report(prefix)).structured).toBe(true);
    });

    it(`has ${expected.review} review items`, async () => {
      const r = await report(prefix);
      expect(r.passages.filter((p) => p.section === "review")).toHaveLength(expected.review);
    });

    it(`has ${expected.aspects.length} aspects with ${expected.aspects.join(",")} items`, async () => {
      const r = await report(prefix);
      const problem = r.sections.filter((s) => s.kind === "problem");
      expect(problem.flatMap((s) => s.aspects.map((a) => a.n))).toEqual(expected.aspects.map((_, i) => i + 1));
      const perAspect = expected.aspects.map(
        (_, i) => r.passages.filter((p) => p.section === "problem" && p.aspect === i + 1).length,
      );
      expect(perAspect).toEqual(expected.aspects);
      expect(r.passages.filter((p) => p.section === "problem" && p.aspect === 0)).toEqual([]);
    });

    it(`has ${expected.causes} causes and ${expected.measures} measures`, async () => {
      const r = await report(prefix);
      expect(r.passages.filter((p) => p.section === "cause")).toHaveLength(expected.causes);
      expect(r.passages.filter((p) => p.section === "measure")).toHaveLength(expected.measures);
    });

    it(expected.closing ? "has closing remarks" : "has no closing remarks", async () => {
      const r = await report(prefix);
      expect(r.passages.some((p) => p.section === "closing")).toBe(expected.closing);
    });

    it(`is a ${expected.meeting}`, async () => {
      expect((await report(prefix)).meeting).toBe(expected.meeting);
    });

    it("gives unique passage ids", async () => {
      const ids = (await report(prefix)).passages.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("tags every problem, cause, measure and review passage with a theme", async () => {
      const r = await report(prefix);
      const untagged = r.passages
        .filter((p) => ["problem", "cause", "measure", "review"].includes(p.section) && p.themes.length === 0)
        .map((p) => `${p.id}: ${p.text.slice(0, 50)}`);
      expect(untagged, `passages without a theme:\n${untagged.join("\n")}`).toEqual([]);
    });
  });

  it("restores 002's title", async () => {
    expect((await report("002")).title).toBe("经开区党工委书记党史学习教育专题民主生活会对照检查材料");
  });

  it("leaves no glossary stand-in in 002", async () => {
    const r = await report("002");
    const text = [r.title, ...r.passages.map((p) => p.text)].join("\n");
    expect(text).not.toMatch(/dangshi|mzshh/i);
  });
});
