import { describe, expect, it } from "vitest";
import { defaultTrainOptions, trainModel } from "../../../src/themes/train-model.ts";
import type { Lexicon } from "../../../src/schemas/theme.ts";

const lexicon = (id: string, keywords: Record<string, number>, examples: string[] = []): Lexicon => ({ id, name: id, summary: id, order: 0, keywords, examples });
const grams = (profile: [string, number][] | undefined) => (profile ?? []).map(([g]) => g);
const lexicons = [lexicon("study", { 理论学习: 3 }, ["学习不够系统"]), lexicon("style", { 形式主义: 3 }, ["会议文件过多"])];

describe("trainModel", () => {
  it("learns from the keywords and the written examples", () => {
    const { phrasebook, profiles } = trainModel(lexicons);
    expect(phrasebook.map(([term]) => term)).toEqual(["形式主义", "理论学习"]);
    expect(grams(profiles.study)).toContain("系统");
    expect(grams(profiles.style)).toContain("会议");
  });

  it("learns from the passages the corpus lends", () => {
    const { profiles } = trainModel(lexicons, [{ theme: "study", headline: "读原著不够", body: "。" }]);
    expect(grams(profiles.study)).toContain("原著");
  });

  it("lets a theme's lent passages count together as at most maxLentPerTheme passages", () => {
    const many = Array.from({ length: 40 }, () => ({ theme: "study", headline: "读原著不够", body: "。" }));
    const capped = { ...defaultTrainOptions, maxLentPerTheme: 2 };
    expect(trainModel(lexicons, many, capped)).toEqual(trainModel(lexicons, many.slice(0, 2), capped));
    expect(trainModel(lexicons, many)).not.toEqual(trainModel(lexicons, many.slice(0, 2)));
  });

  it("is plain JSON, the same for the same inputs", () => {
    const model = trainModel(lexicons, [{ theme: "style", headline: "", body: "文山会海" }]);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(JSON.stringify(trainModel(lexicons, [{ theme: "style", headline: "", body: "文山会海" }]))).toBe(JSON.stringify(model));
  });
});
