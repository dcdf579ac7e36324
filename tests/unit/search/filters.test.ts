import { describe, expect, it } from "vitest";
import { facetCounts, pagefindFilters, partValue, reportCount, reportValue, type Counts } from "../../../src/search/filters.ts";

const secretary = { role: "党委（党组）书记", unit: "园区", meeting: "民主生活会", year: 2021 };
const member = { role: "党员", unit: "基层党支部", meeting: "组织生活会", year: 2022 };
const unknownYear = { role: "党员", unit: null, meeting: "组织生活会", year: null };

/** Filter counts of a small index: three reports, passages in three parts. */
const values: Counts = {
  theme: { struggle: 3, risk: 1 },
  part: { "problem-1": 2, "problem-2": 1, problem: 1, cause: 2 },
  report: { [reportValue(0, secretary)]: 3, [reportValue(1, member)]: 2, [reportValue(2, unknownYear)]: 1 },
};

describe("partValue", () => {
  it("keeps the aspect of a problem passage inside an aspect", () => {
    expect(partValue("problem", 3)).toBe("problem-3");
  });

  it("is the section alone elsewhere", () => {
    expect(partValue("problem", 0)).toBe("problem");
    expect(partValue("cause", 0)).toBe("cause");
  });
});

describe("reportValue", () => {
  it("differs between reports with the same facets", () => {
    expect(reportValue(0, secretary)).not.toBe(reportValue(1, secretary));
  });

  it("holds 未注明 where a facet is unknown", () => {
    expect(facetCounts({ report: { [reportValue(2, unknownYear)]: 4 } })).toEqual({
      role: { 党员: 4 },
      unit: { 未注明: 4 },
      meeting: { 组织生活会: 4 },
      year: { 未注明: 4 },
    });
  });

  it("keeps any character of a value, separators included", () => {
    const odd = { role: '副"主任",-|', unit: "[a]", meeting: "会议-1", year: 1999 };
    expect(facetCounts({ report: { [reportValue(7, odd)]: 1 } })).toMatchObject({ role: { '副"主任",-|': 1 }, unit: { "[a]": 1 }, meeting: { "会议-1": 1 } });
  });
});

describe("facetCounts", () => {
  it("adds up the passages of each filter value into the facet values it holds", () => {
    expect(facetCounts(values)).toEqual({
      theme: { struggle: 3, risk: 1 },
      section: { problem: 4, cause: 2 },
      aspect: { "1": 2, "2": 1 },
      role: { "党委（党组）书记": 3, 党员: 3 },
      unit: { 园区: 3, 基层党支部: 2, 未注明: 1 },
      meeting: { 民主生活会: 3, 组织生活会: 3 },
      year: { "2021": 3, "2022": 2, 未注明: 1 },
    });
  });

  it("keeps values without passages, at zero", () => {
    expect(facetCounts({ report: { [reportValue(0, secretary)]: 0 } }).role).toEqual({ "党委（党组）书记": 0 });
  });

  it("ignores report values it cannot read", () => {
    expect(facetCounts({ report: { "001-abc": 2, "[1]": 1 } })).toEqual({});
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
    expect(pagefindFilters({ role: ["党员"] }, values)).toEqual({ report: { any: [reportValue(1, member), reportValue(2, unknownYear)] } });
  });

  it("selects only reports having a chosen value of every report facet chosen", () => {
    expect(pagefindFilters({ role: ["党员", "党委（党组）书记"], year: ["2022", "未注明"] }, values)).toEqual({
      report: { any: [reportValue(1, member), reportValue(2, unknownYear)] },
    });
    expect(pagefindFilters({ meeting: ["民主生活会"], year: ["2022"] }, values)).toBeNull();
  });

  it("selects parts by section, by aspect, or by both", () => {
    expect(pagefindFilters({ section: ["problem"] }, values)).toEqual({ part: { any: ["problem-1", "problem-2", "problem"] } });
    expect(pagefindFilters({ aspect: ["2", "1"] }, values)).toEqual({ part: { any: ["problem-1", "problem-2"] } });
    expect(pagefindFilters({ section: ["problem", "cause"], aspect: ["2"] }, values)).toEqual({ part: { any: ["problem-2"] } });
    expect(pagefindFilters({ section: ["cause"], aspect: ["2"] }, values)).toBeNull();
  });

  it("passes themes through, and combines the filters", () => {
    expect(pagefindFilters({ theme: ["risk", "struggle"], section: ["cause"], unit: ["园区"] }, values)).toEqual({
      theme: { any: ["struggle", "risk"] },
      part: { any: ["cause"] },
      report: { any: [reportValue(0, secretary)] },
    });
  });

  it("is null when a chosen value exists nowhere, as no passage can match", () => {
    expect(pagefindFilters({ role: ["不存在"] }, values)).toBeNull();
    expect(pagefindFilters({ theme: ["no-such-theme"] }, values)).toBeNull();
  });
});
