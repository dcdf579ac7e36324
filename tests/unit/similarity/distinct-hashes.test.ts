import { describe, expect, it } from "vitest";
import { distinctHashes } from "../../../src/similarity/distinct-hashes.ts";

const reference = (parts: Uint32Array[]) => [...new Set(parts.flatMap((p) => [...p]))];

describe("distinctHashes", () => {
  it("gives each value once, in first-seen order, call after call, at any size", () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const length of [0, 1, 5, 600, 5_000, 40_000, 3]) {
      // Few distinct values, many sharing their low bits (the slot), so probing and repeats are both exercised.
      const parts = [0, 1, 2].map(() => Uint32Array.from({ length }, () => ((next() % 997) << 20) | (next() % 3)));
      expect([...distinctHashes(parts)]).toEqual(reference(parts));
    }
  });

  it("does not carry values over from an earlier call", () => {
    distinctHashes([Uint32Array.of(7, 8, 9)]);
    expect([...distinctHashes([Uint32Array.of(9, 10, 9)])]).toEqual([9, 10]);
  });
});
