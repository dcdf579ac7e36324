import { describe, expect, it } from "vitest";
import { groupByEveryFacet, type FacetFields } from "../../../src/lib/facets.ts";
import { sectionRuns, sectionStarts, themeCounts, themeListSummary, themeOrder } from "../../../src/lib/theme-list.ts";
import type { Passage } from "../../../src/schemas/report.ts";

const p = (id: string, section: Passage["section"], themes: string[]) => ({ passage: { id, section, themes } as Passage });

describe("themeOrder", () => {
  it("lists problems, causes, measures, then reviews, the theme's best fits first, corpus order within", () => {
    const items = [p("r1", "review", ["a"]), p("m1", "measure", ["a"]), p("p1", "problem", ["b", "a"]), p("p2", "problem", ["a"]), p("c1", "cause", ["a"]), p("p3", "problem", ["a"])];
    expect(themeOrder(items, "a").map((x) => x.passage.id)).toEqual(["p2", "p3", "p1", "c1", "m1", "r1"]);
  });
});

describe("themeCounts", () => {
  it("counts each passage once per theme it has, and once more for its first theme", () => {
    const items = [p("p1", "problem", ["a", "b"]), p("p2", "cause", ["b", "b"]), p("p3", "measure", []), p("p4", "problem", ["a"])];
    expect(Object.fromEntries(themeCounts(items))).toEqual({ a: { count: 2, first: 2 }, b: { count: 2, first: 1 } });
  });
});

describe("sectionRuns", () => {
  it("cuts a list in section order where the section changes", () => {
    const items = [p("p1", "problem", []), p("p2", "problem", []), p("c1", "cause", [])];
    expect(sectionRuns(items).map((r) => [r.kind, r.items.map((x) => x.passage.id)])).toEqual([
      ["problem", ["p1", "p2"]],
      ["cause", ["c1"]],
    ]);
    expect(sectionRuns([])).toEqual([]);
  });
});

describe("sectionStarts", () => {
  it("gives each section's count and the page it starts on", () => {
    const items = [p("p1", "problem", []), p("p2", "problem", []), p("p3", "problem", []), p("c1", "cause", []), p("m1", "measure", [])];
    expect(sectionStarts(items, 2)).toEqual([
      { kind: "problem", count: 3, page: 1 },
      { kind: "cause", count: 1, page: 2 },
      { kind: "measure", count: 1, page: 3 },
    ]);
  });
});

describe("themeListSummary", () => {
  const report = (id: string, year: number): { id: string; data: FacetFields } => ({ id, data: { kind: "personal", roleGroup: null, unit: "镇街", meeting: "民主生活会", year } });
  const item = (r: ReturnType<typeof report>, id: string, section: Passage["section"], themes: string[], basis: Passage["basis"]) => ({ report: r, passage: { id, section, themes, basis } });
  const a = report("a", 2023);
  const b = report("b", 2024);
  const list = themeOrder([item(a, "p1", "problem", ["x"], "lexicon"), item(a, "p2", "problem", ["y", "x"], "lexicon"), item(b, "p1", "problem", ["x"], "profile"), item(b, "m1", "measure", ["x"], "profile")], "x");
  const summary = (items: typeof list) => themeListSummary(items, "x", 2, groupByEveryFacet(items, (p) => p.report.data));

  it("counts what every page shows of the whole list: passages, reports, first choices, those placed by profile, sections and facet values", () => {
    expect(summary(list)).toEqual({
      passages: 4,
      reports: 2,
      first: 3,
      byProfile: 2,
      sections: [
        { kind: "problem", count: 3, page: 1 },
        { kind: "measure", count: 1, page: 2 },
      ],
      facets: {
        kind: [{ value: "个人", count: 4 }],
        role: [{ value: "未注明", count: 4 }],
        unit: [{ value: "镇街", count: 4 }],
        meeting: [{ value: "民主生活会", count: 4 }],
        year: [
          { value: "2023", count: 2 },
          { value: "2024", count: 2 },
        ],
      },
    });
  });

  it("changes with the list's make-up, not with the passages' wording", () => {
    const reworded = list.map((p) => ({ ...p, passage: { ...p.passage, title: "改写后的标题" } }));
    expect(summary(reworded)).toEqual(summary(list));
    expect(summary(list.slice(1))).not.toEqual(summary(list));
  });
});
