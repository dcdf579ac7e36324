import { describe, expect, it } from "vitest";
import { defaultLookalikeOptions, findLookalikes, matchesOf, type Comparand } from "../../../src/similarity/find-lookalikes.ts";
import { mulberry32 } from "../../../src/similarity/hash.ts";
import { candidates } from "../../../src/similarity/lsh.ts";
import { signaturesOf } from "../support/signatures-of.ts";

const copied = "存在好人主义思想，在大是大非面前不敢发声，在歪风邪气面前不敢斗争，面对错误言论退避三舍、三缄其口，遇到矛盾问题躲着走、绕道行。";
const edited = "存在好人主义思想，在大是大非面前不敢发声，在歪风邪气面前不敢亮剑，面对错误言论退避三舍、三缄其口，遇到矛盾绕道走。";
const other = "下基层调研时间少，对基层、社区实情了解不够，调研成果少，为领导出谋划策当好参谋助手作用发挥不够明显。";

describe("findLookalikes", () => {
  it("finds an edited copy in another report, with its similarity", () => {
    const items: Comparand[] = [
      { group: 0, text: copied },
      { group: 0, text: other },
      { group: 1, text: edited },
    ];
    const found = findLookalikes(items);
    const [m] = matchesOf(found, 2);
    expect(m?.index).toBe(0);
    expect(m?.jaccard).toBeGreaterThan(0.5);
    expect(matchesOf(found, 1)).toEqual([]);
  });

  it("never pairs passages of one report", () => {
    const found = findLookalikes([
      { group: 0, text: copied },
      { group: 0, text: copied },
    ]);
    expect([matchesOf(found, 0), matchesOf(found, 1)]).toEqual([[], []]);
  });

  it("marks a close match as echoing only in the later report", () => {
    const { echoesEarlier } = findLookalikes([
      { group: 0, text: copied },
      { group: 1, text: edited },
    ]);
    expect([...echoesEarlier]).toEqual([0, 1]);
  });

  it("is deterministic and keeps at most topK per passage, most similar first", () => {
    const items = [0, 1, 2, 3, 4, 5].map((g) => ({ group: g, text: g % 2 ? copied : edited }));
    const a = findLookalikes(items);
    expect(findLookalikes(items)).toEqual(a);
    for (const list of items.map((_, i) => matchesOf(a, i))) {
      expect(list.length).toBeLessThanOrEqual(defaultLookalikeOptions.topK);
      expect(list.map((m) => m.jaccard)).toEqual([...list.map((m) => m.jaccard)].sort((x, y) => y - x));
    }
  });
});

describe("LSH candidates", () => {
  it("bound each passage's candidates however large a bucket of identical passages grows", () => {
    const n = 400;
    const sig = Uint32Array.from({ length: 8 }, (_, i) => i);
    const groups = Array.from({ length: n }, (_, i) => i);
    const found = [
      ...candidates(
        signaturesOf(Array.from({ length: n }, () => sig)),
        groups,
        { bands: 4, rows: 2, maxBucket: 10, perItem: 5 },
      ),
    ];
    expect(found.every((c) => c.length === 5)).toBe(true);
    expect(found[200]?.every((j) => Math.abs(j - 200) <= 5)).toBe(true);
  });

  it("stay near-linear: doubling the passages about doubles the candidates", () => {
    const rand = mulberry32(3);
    const count = (n: number) =>
      [
        ...candidates(
          signaturesOf(Array.from({ length: n }, () => Uint32Array.from({ length: 8 }, () => rand() % 4))),
          Array.from({ length: n }, (_, i) => i),
          { bands: 4, rows: 2, maxBucket: 20, perItem: 50 },
        ),
      ].reduce((s, c) => s + c.length, 0);
    const small = count(1000);
    const large = count(2000);
    expect(large / small).toBeLessThan(2.2);
  });
});
