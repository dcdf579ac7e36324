import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { evaluateThemes, evaluateWiderSet } from "../../../scripts/themes-eval.ts";
import { evaluate } from "../../../scripts/themes/evaluate.ts";
import { evaluateWider } from "../../../scripts/themes/evaluate-wider.ts";
import { loadThemes } from "../../../scripts/themes/load-themes.ts";
import { loadWider } from "../../../scripts/themes/wider.ts";
import { repoRoot } from "../helpers.ts";

describe("evaluate", () => {
  const labels = {
    "r#a": { headline: "甲", themes: ["x", "y"] },
    "r#b": { headline: "乙", themes: ["y"] },
    "r#c": { headline: "丙", themes: ["z"] },
    "r#d": { headline: "丁", themes: [] },
  };

  it("counts first-theme accuracy over all labels and precision over the placed ones", () => {
    const got = evaluate(labels, new Map([["r#a", ["x"]], ["r#b", ["x", "y"]], ["r#c", []], ["r#d", []]]));
    expect(got).toMatchObject({ labelled: 4, placed: 2, firstRight: 2, accuracy: 0.5, precision: 0.5 });
    expect(got.themePrecision).toBeCloseTo(2 / 3);
    expect(got.themeRecall).toBeCloseTo(2 / 4);
    expect(got.misses.map((m) => m.key)).toEqual(["r#b", "r#c"]);
  });

  it("refuses a label for a passage the corpus does not have", () => {
    expect(() => evaluate(labels, new Map())).toThrow(/r#a/);
  });
});

describe("the hand-labelled check set", () => {
  it("is classified with at least 90% first-theme accuracy and precision", async () => {
    const r = await evaluateThemes();
    expect(r.labelled).toBeGreaterThanOrEqual(100);
    expect(r.accuracy, r.misses.map((m) => `${m.key} ${m.headline}: ${m.expected[0]} ≠ ${m.got[0]}`).join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe("evaluateWider", () => {
  const files = [
    {
      file: "2013-a.json",
      year: 2013,
      template: "甲",
      items: [
        { kind: "personal" as const, section: "problem" as const, text: "甲。", best: "x", also: ["y"] },
        { kind: "team" as const, section: "cause" as const, text: "乙。", best: "x", also: [] },
        { kind: "team" as const, section: "cause" as const, text: "丙。", best: "z", also: [] },
        { kind: "team" as const, section: "closing" as const, text: "丁。", best: null, also: [] },
      ],
    },
  ];

  it("counts an acceptable first theme, an unclassified item, and a themeless item left alone", () => {
    const got = evaluateWider(files, (item) => ({ 甲: ["y", "x"], 乙: ["z"], 丙: [], 丁: [] })[item.text.slice(0, 1)] ?? []);
    expect(got.total).toEqual({ themed: 3, acceptable: 1, unclassified: 1, themeless: 1, themelessRight: 1 });
    expect(got.byTemplate[0]?.figures).toEqual(got.total);
    expect(got.misses.map((m) => m.where)).toEqual(["2013-a.json#2", "2013-a.json#3"]);
  });

  it("gives each section kind's figures, in the order sections come in a report", () => {
    const got = evaluateWider(files, (item) => ({ 甲: ["y", "x"], 乙: ["z"], 丙: [], 丁: [] })[item.text.slice(0, 1)] ?? []);
    expect(got.bySection).toEqual([
      { section: "problem", figures: { themed: 1, acceptable: 1, unclassified: 0, themeless: 0, themelessRight: 0 } },
      { section: "cause", figures: { themed: 2, acceptable: 0, unclassified: 1, themeless: 0, themelessRight: 0 } },
      { section: "closing", figures: { themed: 0, acceptable: 0, unclassified: 0, themeless: 1, themelessRight: 1 } },
    ]);
  });
});

describe("the wider check set", () => {
  it("names only themes that exist, and spreads over the years' templates and both kinds of report", async () => {
    const ids = new Set((await loadThemes(join(repoRoot, "content", "themes"))).map((t) => t.id));
    const files = await loadWider(join(repoRoot, "tests", "fixtures", "themes", "wider"));
    const items = files.flatMap((f) => f.items);
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(new Set(files.map((f) => f.year)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(["personal", "team"]));
    for (const i of items) for (const t of [i.best, ...i.also]) if (t !== null) expect(ids, t).toContain(t);
  });

  it("is placed with at least 85% acceptable first themes and at most 10% unclassified, with the model the build makes", async () => {
    const { model } = await evaluateThemes();
    const { total, misses } = await evaluateWiderSet(model);
    const why = misses.map((m) => `${m.where} ${m.text.slice(0, 20)}: ${m.expected.join("/")} ≠ ${m.got.join("/") || "—"}`).join("\n");
    expect(total.acceptable / total.themed, why).toBeGreaterThanOrEqual(0.85);
    expect(total.unclassified / total.themed, why).toBeLessThanOrEqual(0.1);
    expect(total.themelessRight).toBe(total.themeless);
  });
});
