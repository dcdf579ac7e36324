import { describe, expect, it } from "vitest";
import { narrowsPassages, pagefindFilters, passageFacetValues, passageFits, reportFilters } from "../../../src/search/filters.ts";

const secretary = { kind: "personal", roleGroup: "主要负责人", unit: "园区", meeting: "民主生活会", year: 2021 } as const;
const unknownYear = { kind: "team", roleGroup: null, unit: null, meeting: "组织生活会", year: null } as const;

const problem1 = { section: "problem", aspect: 1, themes: ["struggle", "risk"] };
const problem2 = { section: "problem", aspect: 2, themes: ["struggle"] };
const cause = { section: "cause", aspect: 2, themes: ["risk"] };

describe("reportFilters", () => {
  it("holds the report's own facet values, as shown", () => {
    expect(reportFilters({ ...secretary, passages: [] })).toMatchObject({ kind: ["个人"], role: ["主要负责人"], unit: ["园区"], meeting: ["民主生活会"], year: ["2021"] });
    expect(reportFilters({ ...unknownYear, passages: [] })).toMatchObject({ kind: ["班子"], role: ["未注明"], unit: ["未注明"], year: ["未注明"] });
  });

  it("holds every value of its passages once, aspects only inside a problem's aspects", () => {
    expect(reportFilters({ ...secretary, passages: [problem1, problem2, cause] })).toMatchObject({
      theme: ["struggle", "risk"],
      section: ["problem", "cause"],
      aspect: ["1", "2"],
    });
  });
});

describe("passageFacetValues", () => {
  it("reads a passage's themes, section and aspect", () => {
    expect(passageFacetValues(problem1, "theme")).toEqual(["struggle", "risk"]);
    expect(passageFacetValues(problem1, "section")).toEqual(["problem"]);
    expect(passageFacetValues(problem1, "aspect")).toEqual(["1"]);
    expect(passageFacetValues(cause, "aspect")).toEqual([]);
    expect(passageFacetValues({ section: "problem", aspect: 0, themes: [] }, "aspect")).toEqual([]);
  });
});

describe("passageFits", () => {
  it("fits when nothing of the passage is chosen", () => {
    expect(passageFits(cause, {})).toBe(true);
    expect(passageFits(cause, { year: ["2021"] })).toBe(true);
  });

  it("needs any chosen value of each passage facet chosen, all facets at once", () => {
    expect(passageFits(problem1, { theme: ["risk", "integrity"] })).toBe(true);
    expect(passageFits(problem2, { theme: ["risk"] })).toBe(false);
    expect(passageFits(problem1, { theme: ["risk"], section: ["cause"] })).toBe(false);
    expect(passageFits(cause, { theme: ["risk"], section: ["cause"] })).toBe(true);
    expect(passageFits(cause, { aspect: ["2"] })).toBe(false);
  });
});

describe("narrowsPassages", () => {
  it("is true only when a passage facet is chosen", () => {
    expect(narrowsPassages({})).toBe(false);
    expect(narrowsPassages({ unit: ["园区"], theme: [] })).toBe(false);
    expect(narrowsPassages({ section: ["cause"] })).toBe(true);
  });
});

describe("pagefindFilters", () => {
  it("passes no filter when nothing is chosen", () => {
    expect(pagefindFilters({})).toEqual({});
    expect(pagefindFilters({ theme: [] })).toEqual({});
  });

  it("asks for any chosen value of each facet chosen", () => {
    expect(pagefindFilters({ role: ["普通党员干部", "主要负责人"], theme: ["risk"] })).toEqual({ role: { any: ["普通党员干部", "主要负责人"] }, theme: { any: ["risk"] } });
  });
});
