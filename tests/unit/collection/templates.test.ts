import { describe, expect, it } from "vitest";
import { buildTemplates, type TemplateInput } from "../../../src/collection/templates.ts";

const report = (year: number | null, aspects: [string, string][], over: Partial<TemplateInput> = {}): TemplateInput => ({
  year,
  meeting: "民主生活会",
  kind: "personal",
  aspects: aspects.map(([topic, heading], i) => ({ n: i + 1, topic, heading })),
  ...over,
});

describe("buildTemplates", () => {
  it("gives a year's shared topics in their usual order, each under the heading written most often", () => {
    const templates = buildTemplates([
      report(2022, [["study", "在学习方面"], ["style", "在作风方面"], ["rare", "只此一篇"]]),
      report(2022, [["style", "在作风上"], ["study", "在学习方面"]]),
      report(2022, [["study", "在学习上"], ["style", "在作风方面"]]),
    ]);
    expect(templates).toEqual([
      { year: 2022, meeting: "民主生活会", kind: "personal", reports: 3, aspects: [{ topic: "study", heading: "在学习方面" }, { topic: "style", heading: "在作风方面" }] },
    ]);
  });

  it("keeps years, meetings and kinds apart, newest year first, and skips reports of unknown year or meeting, or without aspects", () => {
    const templates = buildTemplates([
      report(2021, [["a", "甲"]]),
      report(2023, [["b", "乙"]], { kind: "team" }),
      report(2023, [["c", "丙"]]),
      report(2023, [["d", "丁"]], { meeting: "组织生活会" }),
      report(null, [["e", "戊"]]),
      report(2023, [["f", "己"]], { meeting: null }),
      report(2024, []),
    ]);
    expect(templates.map((t) => [t.year, t.meeting, t.kind, t.aspects.map((a) => a.heading)])).toEqual([
      [2023, "民主生活会", "personal", ["丙"]],
      [2023, "民主生活会", "team", ["乙"]],
      [2023, "组织生活会", "personal", ["丁"]],
      [2021, "民主生活会", "personal", ["甲"]],
    ]);
  });

  it("breaks a tie between headings by the shorter, so the choice does not depend on report order", () => {
    const a = report(2022, [["study", "在理论学习方面"]]);
    const b = report(2022, [["study", "在学习方面"]]);
    expect(buildTemplates([a, b])).toEqual(buildTemplates([b, a]));
    expect(buildTemplates([a, b])[0]?.aspects[0]?.heading).toBe("在学习方面");
  });
});
