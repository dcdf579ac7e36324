import { describe, expect, it } from "vitest";
import { digest, jsonDigest } from "../../../src/lib/digest.ts";

describe("digest", () => {
  it("reads a Map as its entries, in order", () => {
    expect(digest(new Map([["a", 1], ["b", 2]]))).toBe(digest([["a", 1], ["b", 2]]));
    expect(digest(new Map([["b", 2], ["a", 1]]))).not.toBe(digest(new Map([["a", 1], ["b", 2]])));
  });

  it("differs when any value differs, dropping undefined fields as JSON does", () => {
    expect(digest("r1", { order: undefined, x: 1 })).toBe(digest("r1", { x: 1 }));
    expect(digest("r1", { x: 1 })).not.toBe(digest("r1", { x: 2 }));
    expect(digest("r1", { x: 1 })).not.toBe(digest("r2", { x: 1 }));
  });
});

describe("jsonDigest", () => {
  it("is digest of the same values when they hold no Map", () => {
    const report = { title: "对照检查材料", passages: [{ id: "a1-1", themes: ["theory-study"], confidence: 0.6 }], order: undefined };
    expect(jsonDigest(JSON.stringify(["r1", report]))).toBe(digest("r1", report));
  });
});
