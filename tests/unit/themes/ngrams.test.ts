import { describe, expect, it } from "vitest";
import { gramShares, ngrams } from "../../../src/themes/ngrams.ts";

describe("ngrams", () => {
  it("gives the bigrams and trigrams of each run, never across punctuation", () => {
    expect(ngrams("改造主观")).toEqual(["改造", "改造主", "造主", "造主观", "主观"]);
    expect(ngrams("学习，纪律")).toEqual(["学习", "纪律"]);
  });

  it("reads a reworded phrase as sharing most of its grams with the original", () => {
    const original = new Set(ngrams("改造主观世界"));
    expect(ngrams("主观世界的自觉改造").filter((g) => original.has(g))).toEqual(["主观", "主观世", "观世", "观世界", "世界", "改造"]);
  });

  it("gives shares that sum to one", () => {
    const shares = [...gramShares("学习不够，学习不深").values()];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(gramShares("。")).toEqual(new Map());
  });
});
