import { describe, expect, it } from "vitest";
import type { CorpusReport } from "../../../src/lib/corpus-export.ts";
import { passageMatches, readRecord, recordMeta, reportHits } from "../../../src/search/report-record.ts";

const passage = (id: string, section: string, aspect: number, text: string, themes: string[]) => ({ id, section, aspect, headline: "", text, themes });
const report = {
  id: "r1",
  url: "reports/r1/",
  title: "某局班子对照检查材料",
  unit: "某局",
  role: null,
  aspects: [{ n: 1, heading: "在理论学习方面", topic: "theory-study" }],
  passages: [
    passage("a1-1", "problem", 1, "理论学习不够深入，学用脱节。", ["theory-study"]),
    passage("a1-2", "problem", 1, "批评时存在好人主义。", ["party-life"]),
    passage("c1", "cause", 0, "理论学习抓得不紧，好人主义思想作祟。", ["theory-study", "party-life"]),
  ],
} as unknown as CorpusReport;

const record = readRecord(recordMeta(report));

describe("recordMeta and readRecord", () => {
  it("carry a report's passages and aspects through Pagefind's string meta", () => {
    expect(record).toMatchObject({ reportId: "r1", url: "reports/r1/", title: "某局班子对照检查材料", unit: "某局", role: "" });
    expect(record?.passages.map((p) => p.id)).toEqual(["a1-1", "a1-2", "c1"]);
    expect(record?.aspects).toEqual([{ n: 1, heading: "在理论学习方面", topic: "theory-study" }]);
  });

  it("read nothing from meta they did not write", () => {
    expect(readRecord({ title: "x" })).toBeNull();
    expect(readRecord({ report_id: "r1", path: "reports/r1/", passages: "{" })).toBeNull();
  });
});

describe("passageMatches", () => {
  it("finds a term exactly, across scripts and Latin case", () => {
    expect(passageMatches("理论學習不够深入", ["理论学习"], "exact")).toBe(true);
    expect(passageMatches("理论学习不够深入", ["理论 学习"], "exact")).toBe(false);
    expect(passageMatches("党的PPT汇报", ["ppt"], "exact")).toBe(true);
  });

  it("in related mode needs each term's pairs anywhere", () => {
    expect(passageMatches("学用结合不紧，理论脱节", ["学用脱节"], "related")).toBe(false);
    expect(passageMatches("学用不紧，用脱节，理论脱节", ["学用脱节"], "related")).toBe(true);
  });
});

describe("reportHits", () => {
  it("lists the passages that hold every term, in report order", () => {
    expect(reportHits(record!, ["好人主义"], "exact", {}).map((p) => p.id)).toEqual(["a1-2", "c1"]);
    expect(reportHits(record!, ["理论学习", "好人主义"], "exact", {}).map((p) => p.id)).toEqual(["c1"]);
  });

  it("keeps only passages that also fit the chosen passage facets", () => {
    expect(reportHits(record!, ["好人主义"], "exact", { section: ["problem"] }).map((p) => p.id)).toEqual(["a1-2"]);
    expect(reportHits(record!, ["学用脱节"], "exact", { theme: ["party-life"] })).toEqual([]);
  });

  it("lists every fitting passage when there is no term", () => {
    expect(reportHits(record!, [], "exact", { theme: ["theory-study"] }).map((p) => p.id)).toEqual(["a1-1", "c1"]);
  });
});
