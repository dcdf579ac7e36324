import { describe, expect, it } from "vitest";
import { classifyItem } from "../../../src/themes/sections.ts";
import { trainModel } from "../../../src/themes/train-model.ts";
import type { Lexicon } from "../../../src/schemas/theme.ts";

const study: Lexicon = { id: "study", name: "study", summary: "study", order: 0, keywords: { 理论学习: 3, 学用脱节: 3 }, examples: [] };
const model = { ...trainModel([study]), profiles: {} };
const item = "理论学习不够系统。会前集中学习多，平时自学少，学用脱节。";

describe("classifyItem", () => {
  it("classifies an item of an other-kind section (学习研讨情况) like a problem", () => {
    expect(classifyItem("other", item, model).themes).toEqual(classifyItem("problem", item, model).themes);
    expect(classifyItem("other", item, model).themes).toEqual(["study"]);
  });

  it("leaves the lead-in and the closing without a theme", () => {
    expect(classifyItem("preamble", item, model).themes).toEqual([]);
    expect(classifyItem("closing", item, model).themes).toEqual([]);
  });
});
