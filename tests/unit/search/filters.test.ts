import { describe, expect, it } from "vitest";
import { facetIds } from "../../../src/lib/facets.ts";
import { facetCounts, pagefindFilters, passageValue, recordFacet, reportCount, reportValue, type Counts } from "../../../src/search/filters.ts";

const secretary = { kind: "personal", roleGroup: "主要负责人", unit: "园区", meeting: "民主生活会", year: 2021 } as const;
const member = { kind: "personal", roleGroup: "普通党员干部", unit: "基层党支部", meeting: "组织生活会", year: 2022 } as const;
const unknownYear = { kind: "personal", roleGroup: "普通党员干部", unit: null, meeting: "组织生活会", year: null } as const;
const team = { kind: "team", roleGroup: "领导班子", unit: "园区", meeting: "民主生活会", year: 2024 } as const;

const problem1 = passageValue({ section: "problem", aspect: 1, themes: ["struggle", "risk"] });
const problem2 = passageValue({ section: "problem", aspect: 2, themes: ["struggle"] });
const problem = passageValue({ section: "problem", aspect: 0, themes: [] });
const cause = passageValue({ section: "cause", aspect: 0, themes: ["risk"] });

/** Filter counts of a small index: six passages in three reports. */
const values: Counts = {
  passage: { [problem1]: 2, [problem2]: 1, [problem]: 1, [cause]: 2 },
  report: { [reportValue(0, secretary)]: 3, [reportValue(1, member)]: 2, [reportValue(2, unknownYear)]: 1 },
};

describe("passageValue", () => {
  it("holds the section, the aspect and the themes, most fitting first", () => {
    expect(recordFacet({ passage: [problem1] }, "section")).toEqual(["problem"]);
    expect(recordFacet({ passage: [problem1] }, "aspect")).toEqual(["1"]);
    expect(recordFacet({ passage: [problem1] }, "theme")).toEqual(["struggle", "risk"]);
  });

  it("holds no aspect outside a problem's aspects", () => {
    expect(recordFacet({ passage: [problem] }, "aspect")).toEqual([]);
    expect(recordFacet({ passage: [passageValue({ section: "cause", aspect: 2, themes: [] })] }, "aspect")).toEqual([]);
  });
});

describe("reportValue", () => {
  it("differs between reports with the same facets", () => {
    expect(reportValue(0, secretary)).not.toBe(reportValue(1, secretary));
  });

  it("holds 未注明 where a facet is unknown", () => {
    const record = { report: [reportValue(2, unknownYear)] };
    expect(facetIds.map((f) => recordFacet(record, f))).toEqual([["个人"], ["普通党员干部"], ["未注明"], ["组织生活会"], ["未注明"]]);
  });

  it("holds the kind as shown, and the role's class", () => {
    expect(recordFacet({ report: [reportValue(3, team)] }, "kind")).toEqual(["班子"]);
    expect(recordFacet({ report: [reportValue(3, team)] }, "role")).toEqual(["领导班子"]);
  });

  it("keeps any character of a value, separators included", () => {
    const odd = { kind: "personal", roleGroup: null, unit: '副"主任",-|', meeting: "[a]", year: 1999 } as const;
    expect(recordFacet({ report: [reportValue(7, odd)] }, "unit")).toEqual(['副"主任",-|']);
    expect(recordFacet({ report: [reportValue(7, odd)] }, "meeting")).toEqual(["[a]"]);
  });
});

describe("recordFacet", () => {
  it("reads nothing from values it did not write", () => {
    expect(recordFacet({ passage: ["problem"], report: ["001-abc", "[1]"] }, "section")).toEqual([]);
    expect(recordFacet({ report: ["[1]"] }, "role")).toEqual([]);
    expect(recordFacet({}, "theme")).toEqual([]);
  });
});

describe("facetCounts", () => {
  it("adds up the passages of each filter value into every facet value it holds", () => {
    expect(facetCounts(values)).toEqual({
      theme: { struggle: 3, risk: 4 },
      section: { problem: 4, cause: 2 },
      aspect: { "1": 2, "2": 1 },
      kind: { 个人: 6 },
      role: { 主要负责人: 3, 普通党员干部: 3 },
      unit: { 园区: 3, 基层党支部: 2, 未注明: 1 },
      meeting: { 民主生活会: 3, 组织生活会: 3 },
      year: { "2021": 3, "2022": 2, 未注明: 1 },
    });
  });

  it("keeps values without passages, at zero", () => {
    expect(facetCounts({ report: { [reportValue(0, secretary)]: 0 } }).role).toEqual({ 主要负责人: 0 });
  });

  it("ignores values it cannot read", () => {
    expect(facetCounts({ report: { "001-abc": 2 }, passage: { problem: 1 }, other: { x: 1 } })).toEqual({});
  });
});

describe("reportCount", () => {
  it("counts the reports with passages", () => {
    expect(reportCount(values)).toBe(3);
    expect(reportCount({ report: { [reportValue(0, secretary)]: 0, [reportValue(1, member)]: 5 } })).toBe(1);
    expect(reportCount({})).toBe(0);
  });
});

describe("pagefindFilters", () => {
  it("passes no filter when nothing is chosen", () => {
    expect(pagefindFilters({}, values)).toEqual({});
  });

  it("selects the reports having any chosen value of a report facet", () => {
    expect(pagefindFilters({ role: ["普通党员干部"] }, values)).toEqual({ report: { any: [reportValue(1, member), reportValue(2, unknownYear)] } });
  });

  it("selects only reports having a chosen value of every report facet chosen", () => {
    expect(pagefindFilters({ role: ["普通党员干部", "主要负责人"], year: ["2022", "未注明"] }, values)).toEqual({
      report: { any: [reportValue(1, member), reportValue(2, unknownYear)] },
    });
    expect(pagefindFilters({ meeting: ["民主生活会"], year: ["2022"] }, values)).toBeNull();
    expect(pagefindFilters({ kind: ["班子"] }, values)).toBeNull();
  });

  it("selects passages by section, by aspect, or by both", () => {
    expect(pagefindFilters({ section: ["problem"] }, values)).toEqual({ passage: { any: [problem1, problem2, problem] } });
    expect(pagefindFilters({ aspect: ["2", "1"] }, values)).toEqual({ passage: { any: [problem1, problem2] } });
    expect(pagefindFilters({ section: ["problem", "cause"], aspect: ["2"] }, values)).toEqual({ passage: { any: [problem2] } });
    expect(pagefindFilters({ section: ["cause"], aspect: ["2"] }, values)).toBeNull();
  });

  it("selects passages having any chosen theme, combined with their place and their report", () => {
    expect(pagefindFilters({ theme: ["risk", "integrity"] }, values)).toEqual({ passage: { any: [problem1, cause] } });
    expect(pagefindFilters({ theme: ["risk"], section: ["cause"], unit: ["园区"] }, values)).toEqual({
      passage: { any: [cause] },
      report: { any: [reportValue(0, secretary)] },
    });
  });

  it("is null when a chosen value exists nowhere, as no passage can match", () => {
    expect(pagefindFilters({ role: ["不存在"] }, values)).toBeNull();
    expect(pagefindFilters({ theme: ["no-such-theme"] }, values)).toBeNull();
  });
});
