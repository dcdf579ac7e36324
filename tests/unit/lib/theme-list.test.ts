import { describe, expect, it } from "vitest";
import { pagePath, sectionRuns, sectionStarts, themeOrder } from "../../../src/lib/theme-list.ts";
import type { Passage } from "../../../src/schemas/report.ts";

const p = (id: string, section: Passage["section"], themes: string[]) => ({ passage: { id, section, themes } as Passage });

describe("themeOrder", () => {
  it("lists problems, causes, measures, then reviews, the theme's best fits first, corpus order within", () => {
    const items = [p("r1", "review", ["a"]), p("m1", "measure", ["a"]), p("p1", "problem", ["b", "a"]), p("p2", "problem", ["a"]), p("c1", "cause", ["a"]), p("p3", "problem", ["a"])];
    expect(themeOrder(items, "a").map((x) => x.passage.id)).toEqual(["p2", "p3", "p1", "c1", "m1", "r1"]);
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

describe("pagePath", () => {
  it("keeps the list's own address for page 1 and adds the number after", () => {
    expect(pagePath("themes/integrity/", 1)).toBe("themes/integrity/");
    expect(pagePath("themes/integrity/", 3)).toBe("themes/integrity/3/");
  });
});
