import { describe, expect, it } from "vitest";
import { indexDistinct } from "../../../src/lib/distinct.ts";

describe("indexDistinct", () => {
  it("lists each value once, first seen first, and where each item's value is in that list", () => {
    const { distinct, of } = indexDistinct(["乙", "甲", "乙", "丙", "甲"]);
    expect(distinct).toEqual(["乙", "甲", "丙"]);
    expect([...of]).toEqual([0, 1, 0, 2, 1]);
  });

  it("tells objects apart by identity, not by content", () => {
    const a = Uint32Array.of(1);
    const { distinct, of } = indexDistinct([a, Uint32Array.of(1), a]);
    expect(distinct).toHaveLength(2);
    expect([...of]).toEqual([0, 1, 0]);
  });
});
