import { describe, expect, it } from "vitest";
import { similarities, trainProfiles } from "../../../src/themes/profiles.ts";

const grams = (profile: [string, number][] | undefined) => (profile ?? []).map(([g]) => g);

const texts = [
  { theme: "study", text: "理论学习不够", weight: 1 },
  { theme: "study", text: "学习不深不透", weight: 1 },
  { theme: "style", text: "会风文风不够", weight: 1 },
  { theme: "style", text: "会议文件过多", weight: 1 },
];

describe("trainProfiles", () => {
  it("gives each theme a unit vector of the grams that stand for it, none for grams all themes share", () => {
    const p = trainProfiles(["study", "style"], texts);
    for (const profile of Object.values(p)) {
      expect(profile.reduce((a, [, w]) => a + w * w, 0)).toBeCloseTo(1, 3);
    }
    expect(grams(p.study)).toContain("学习");
    expect(grams(p.study)).not.toContain("不够");
    expect(grams(p.style)).not.toContain("不够");
  });

  it("keeps at most gramsPerTheme grams per theme, sorted, and is the same for the same texts", () => {
    const p = trainProfiles(["study", "style"], texts, { gramsPerTheme: 3 });
    expect(grams(p.study)).toHaveLength(3);
    expect(grams(p.study)).toEqual(grams(p.study).sort());
    expect(JSON.stringify(trainProfiles(["study", "style"], texts))).toBe(JSON.stringify(trainProfiles(["study", "style"], texts)));
  });

  it("ignores texts of a theme it was not asked for", () => {
    expect(Object.keys(trainProfiles(["study"], texts))).toEqual(["study"]);
  });
});

describe("similarities", () => {
  const p = trainProfiles(["study", "style"], texts);

  it("scores the nearer profile higher, and 0 where nothing is shared", () => {
    const s = similarities(p, "学习浮于表面", "学得不深。", 0.6);
    expect(s.get("study")).toBeGreaterThan(s.get("style") ?? 0);
    expect(similarities(p, "", "天气晴朗。", 0.6).get("study")).toBe(0);
  });

  it("weighs the headline by its share", () => {
    const headFirst = similarities(p, "会议过多", "学习不够。", 0.9);
    const bodyFirst = similarities(p, "会议过多", "学习不够。", 0.1);
    expect(headFirst.get("style")).toBeGreaterThan(headFirst.get("study") ?? 0);
    expect(bodyFirst.get("study")).toBeGreaterThan(bodyFirst.get("style") ?? 0);
  });
});
