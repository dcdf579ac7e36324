import { describe, expect, it } from "vitest";
import { sharedWording } from "../../../src/lib/shared-wording.ts";

describe("sharedWording", () => {
  it("marks in each text the runs of 8+ letters the other holds verbatim, punctuation aside", () => {
    const a = "存在好人主义思想，在大是大非面前不敢发声。";
    const b = "有的同志存在好人主义思想在大是大非面前不敢发声，需要改进。";
    const [inA, inB] = sharedWording(a, b);
    expect(inA.map(([s, e]) => a.slice(s, e))).toEqual(["存在好人主义思想，在大是大非面前不敢发声"]);
    expect(inB.map(([s, e]) => b.slice(s, e))).toEqual(["存在好人主义思想在大是大非面前不敢发声"]);
  });

  it("gives no runs for texts that share fewer than 8 letters in a row", () => {
    expect(sharedWording("理论学习不够深入", "学习不够系统深入")).toEqual([[], []]);
  });
});
