import { describe, expect, it } from "vitest";
import { layoutBars } from "../../../src/lib/bar-chart.ts";
import { facetSlug, facetValue, groupByFacet } from "../../../src/lib/facets.ts";
import { passagePlace, passageTitle } from "../../../src/lib/labels.ts";
import { closestPairs, percent } from "../../../src/lib/lookalikes.ts";
import { splitMarked } from "../../../src/lib/marked.ts";
import { corpusThemes, themeProfile } from "../../../src/lib/theme-profile.ts";
import type { Passage } from "../../../src/schemas/report.ts";
import { mulberry32 } from "../../../src/similarity/hash.ts";
import { passageOf } from "../support/passage.ts";

describe("splitMarked", () => {
  it("cuts text into plain and marked segments that join back to the text", () => {
    const segments = splitMarked("甲乙丙丁戊", [[1, 2], [3, 5]]);
    expect(segments).toEqual([
      { text: "甲", marked: false },
      { text: "乙", marked: true },
      { text: "丙", marked: false },
      { text: "丁戊", marked: true },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("甲乙丙丁戊");
    expect(splitMarked("甲乙", [])).toEqual([{ text: "甲乙", marked: false }]);
  });
});

describe("themeProfile", () => {
  it("counts a report's themes and names the common ones it leaves out", () => {
    const corpus = [[["a"], ["b", "a"]], [["a"], ["c"]], [["c"]]];
    const profile = themeProfile(corpus[0] ?? [], corpusThemes(corpus));
    expect(profile.covered).toEqual([
      { id: "a", count: 2, first: 1 },
      { id: "b", count: 1, first: 1 },
    ]);
    expect(profile.missing).toEqual([{ id: "c", percent: 70 }]);
  });

  it("gives a missing theme's share to the nearest ten per cent, which a few more reports leave as it was", () => {
    const corpus = (withC: number, without: number) => corpusThemes([...Array.from({ length: withC }, () => [["c"]]), ...Array.from({ length: without }, () => [["a"]])]);
    expect(themeProfile([["a"]], corpus(1400, 600)).missing).toEqual([{ id: "c", percent: 70 }]);
    expect(themeProfile([["a"]], corpus(1410, 690)).missing).toEqual(themeProfile([["a"]], corpus(1400, 600)).missing);
    expect(themeProfile([["a"]], corpus(1000, 1000)).missing).toEqual([{ id: "c", percent: 50 }]);
    expect(themeProfile([["a"]], corpus(999, 1001)).missing).toEqual([]);
  });
});

describe("facets", () => {
  const reports = [
    { kind: "personal", roleGroup: "主要负责人", unit: "园区", meeting: "民主生活会", year: 2021 },
    { kind: "personal", roleGroup: null, unit: "园区", meeting: "民主生活会", year: 2021 },
    { kind: "personal", roleGroup: "主要负责人", unit: "a/b c", meeting: null, year: null },
    { kind: "team", roleGroup: "领导班子", unit: "园区", meeting: "民主生活会", year: 2024 },
  ] as const;

  it("show unknown values as 未注明, the kind as 个人/班子, and make path-safe slugs", () => {
    expect(facetValue(reports[1], "role")).toBe("未注明");
    expect(facetValue(reports[0], "year")).toBe("2021");
    expect(facetValue(reports[3], "kind")).toBe("班子");
    expect(facetSlug("a/b c")).toBe("a-b-c");
    expect(facetSlug("党委（党组）书记")).toBe("党委（党组）书记");
  });

  it("group items by value, most items first", () => {
    expect(groupByFacet([...reports], "role", (r) => r).map((g) => [g.value, g.items.length])).toEqual([
      ["主要负责人", 2],
      ["领导班子", 1],
      ["未注明", 1],
    ]);
    expect(groupByFacet([...reports], "kind", (r) => r).map((g) => [g.value, g.items.length])).toEqual([
      ["个人", 3],
      ["班子", 1],
    ]);
  });
});

describe("labels", () => {
  it("name a passage by its headline or opening words, and its place in words", () => {
    expect(passageTitle({ headline: "站位不高", text: "站位不高。……" })).toBe("站位不高");
    expect(passageTitle({ headline: "", text: "短句" })).toBe("短句");
    expect(passagePlace({ id: "a2-3", section: "problem", aspect: 2 })).toBe("问题 第2方面 第3条");
    expect(passagePlace({ id: "cause-1", section: "cause", aspect: 0 })).toBe("原因 第1条");
  });
});

describe("layoutBars", () => {
  it("scales the longest bar to the plot and stacks rows", () => {
    const layout = layoutBars([
      { label: "甲", total: 10, strong: 5 },
      { label: "乙", total: 5, strong: 0 },
    ]);
    const [a, b] = layout.bars;
    expect(a?.width).toBe(2 * (b?.width ?? 0));
    expect(a?.strongWidth).toBe((a?.width ?? 0) / 2);
    expect((b?.y ?? 0) - (a?.y ?? 0)).toBe(layout.rowHeight);
  });
});

describe("closestPairs", () => {
  const passage = (id: string, similar: Passage["similar"]): Passage => passageOf({ id, similar });
  const m = (report: string, p: string, jaccard: number) => ({ report, passage: p, jaccard, containment: jaccard });

  it("lists each pair once, most similar first", () => {
    const reports = [
      { id: "r1", data: { passages: [passage("a1-1", [m("r2", "a1-1", 0.2), m("r2", "a1-2", 0.4)])] } },
      { id: "r2", data: { passages: [passage("a1-1", [m("r1", "a1-1", 0.2)]), passage("a1-2", [m("r1", "a1-1", 0.4)])] } },
    ];
    const pairs = closestPairs(reports, 10);
    expect(pairs.map((p) => [p.report.id, p.passage.id, p.match.passage])).toEqual([
      ["r1", "a1-1", "a1-2"],
      ["r1", "a1-1", "a1-1"],
    ]);
    expect(percent(0.152)).toBe("15%");
  });

  it("keeps the best of many pairs, ties in the order met, as sorting them all would", () => {
    const random = mulberry32(5);
    const ids = Array.from({ length: 40 }, (_, i) => `r${i}`);
    // Few distinct similarities: many ties, and pairs met from both ends.
    const reports = ids.map((id) => ({
      id,
      data: {
        passages: ["a1-1", "a1-2", "a1-3"].map((p) =>
          passage(
            p,
            Array.from({ length: 3 }, () => m(ids[(random() as number) % ids.length] as string, `a1-${((random() as number) % 3) + 1}`, ((random() as number) % 4) / 4)),
          ),
        ),
      },
    }));
    /** Every pair once, then a stable sort: what closestPairs is the bounded form of. */
    const sortedAll = (limit: number) => {
      const seen = new Set<string>();
      const all: ReturnType<typeof closestPairs<Passage, (typeof reports)[number]>> = [];
      for (const report of reports)
        for (const p of report.data.passages)
          for (const match of p.similar) {
            const [from, to] = [`${report.id}#${p.id}`, `${match.report}#${match.passage}`];
            const key = from < to ? `${from} ${to}` : `${to} ${from}`;
            if (!seen.has(key)) all.push({ report, passage: p, match });
            seen.add(key);
          }
      return all.sort((a, b) => b.match.jaccard - a.match.jaccard || b.match.containment - a.match.containment).slice(0, limit);
    };
    for (const limit of [0, 1, 7, 50, 1000]) expect(closestPairs(reports, limit), `limit ${limit}`).toEqual(sortedAll(limit));
  });
});
