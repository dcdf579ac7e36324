import { describe, expect, it } from "vitest";
import { applyOverrides, type ReportMeta } from "../../../../src/parse/metadata/apply-overrides.ts";

const inferred: ReportMeta = {
  title: null,
  author: null,
  kind: "personal",
  unit: "园区",
  role: "党委（党组）书记",
  roleGroup: "主要负责人",
  meeting: "民主生活会",
  year: 2021,
  evidence: [
    { field: "unit", from: "text", match: "园区" },
    { field: "role", from: "text", match: "第一责任人" },
    { field: "meeting", from: "text", match: "民主生活会" },
  ],
};

describe("applyOverrides", () => {
  it("replaces inferred fields and their evidence in place, leaving the rest", () => {
    const result = applyOverrides(inferred, [["sidecar", { role: "班子成员", title: "某某对照检查材料" }]]);
    expect(result).toMatchObject({ title: "某某对照检查材料", unit: "园区", role: "班子成员", meeting: "民主生活会", year: 2021 });
    expect(result.evidence).toEqual([
      { field: "unit", from: "text", match: "园区" },
      { field: "role", from: "sidecar", match: "班子成员" },
      { field: "meeting", from: "text", match: "民主生活会" },
      { field: "title", from: "sidecar", match: "某某对照检查材料" },
      { field: "roleGroup", from: "sidecar", match: "班子成员" },
    ]);
  });

  it("lets the sidecar win over frontmatter, and null clear a field", () => {
    const result = applyOverrides(inferred, [
      ["frontmatter", { unit: "经开区", year: 2022 }],
      ["sidecar", { unit: "镇街", meeting: null }],
    ]);
    expect(result).toMatchObject({ unit: "镇街", year: 2022, meeting: null });
    expect(result.evidence).toContainEqual({ field: "unit", from: "sidecar", match: "镇街" });
    expect(result.evidence).toContainEqual({ field: "year", from: "frontmatter", match: "2022" });
    expect(result.evidence).toContainEqual({ field: "meeting", from: "sidecar", match: "（不填）" });
  });

  it("gives a role its class unless the class is given too, and a team's role the team's class", () => {
    expect(applyOverrides(inferred, [["sidecar", { role: "县教育局副局长" }]])).toMatchObject({ role: "县教育局副局长", roleGroup: "班子成员" });
    expect(applyOverrides(inferred, [["sidecar", { role: "团委干事" }]]).roleGroup).toBeNull();
    expect(applyOverrides(inferred, [["sidecar", { role: "团委干事", roleGroup: "中层和党务干部" }]]).roleGroup).toBe("中层和党务干部");
    expect(applyOverrides(inferred, [["sidecar", { kind: "team", role: "局党组" }]])).toMatchObject({ kind: "team", role: "局党组", roleGroup: "领导班子" });
  });

  it("does not change its input", () => {
    applyOverrides(inferred, [["sidecar", { unit: "镇街" }]]);
    expect(inferred.unit).toBe("园区");
    expect(inferred.evidence[0]).toEqual({ field: "unit", from: "text", match: "园区" });
  });
});
