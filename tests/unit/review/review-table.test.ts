import { describe, expect, it } from "vitest";
import { reviewCsv, sortRows, type ReviewRow } from "../../../src/review/review-table.ts";

const row = (id: string, concreteShare: number | null, year: number | null = 2022): ReviewRow => ({
  id, url: `reports/${id}/`, title: `报告${id}`, year, meeting: "民主生活会", unit: null, kind: "personal", author: null,
  stockShare: 0.1, concreteShare, prescribedCovered: null, prescribedTotal: null, missingAspects: [], roots: 2, excuses: 0,
  checkable: 1, measures: 3, unanswered: 0, rectification: 0, rectificationExpected: true, teamVoice: 0, repeats: 0, series: 0,
});

describe("sortRows", () => {
  it("sorts either way with unknown values last, ties in corpus order", () => {
    const rows = [row("a", 0.5), row("b", null), row("c", 0.9), row("d", 0.5)];
    expect(sortRows(rows, "concreteShare", true).map((r) => r.id)).toEqual(["c", "a", "d", "b"]);
    expect(sortRows(rows, "concreteShare", false).map((r) => r.id)).toEqual(["a", "d", "c", "b"]);
  });
});

describe("reviewCsv", () => {
  it("writes a header and one row per report, with the address under the base", () => {
    const csv = reviewCsv([row("a", 0.25)], "http://intranet/corpus/").split("\r\n");
    expect(csv[0]).toMatch(/^报告,年度,会议,单位,个人\/班子,署名,套话,具体,/);
    expect(csv[1]).toContain("25.0%");
    expect(csv[1]).toMatch(/无（应有）/);
    expect(csv[1]?.endsWith("http://intranet/corpus/reports/a/")).toBe(true);
  });
});
