import { describe, expect, it } from "vitest";
import { evaluateThemes } from "../../../scripts/themes-eval.ts";
import { evaluate } from "../../../scripts/themes/evaluate.ts";

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
