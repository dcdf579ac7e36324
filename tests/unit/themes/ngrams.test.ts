import { describe, expect, it } from "vitest";
import { GramCounter, gramShares, ngrams } from "../../../src/themes/ngrams.ts";

/** The grams and their shares as first written, a string per gram and a map keyed by string: what the ids must give. */
function referenceNgrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(/[\p{Script=Han}\p{L}\p{N}]+/gu)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      grams.push(`${chars[i]}${chars[i + 1]}`);
      if (i + 2 < chars.length) grams.push(`${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
  }
  return grams;
}

function referenceShares(text: string): [string, number][] {
  const grams = referenceNgrams(text);
  const shares = new Map<string, number>();
  for (const g of grams) shares.set(g, (shares.get(g) ?? 0) + 1 / grams.length);
  return [...shares];
}

const texts = [
  "改造主观世界，学习不够深入；改造主观世界！",
  "𠀀𠀁𠀂学习𠀃。𠀄𠀅", // Han outside the BMP
  "AI赋能2024年，Ｗ型增长３次、v2.0版本",
  "𝐀𝐁c😀de", // a letter outside the BMP; an emoji breaks the run
  "café：cafe\u0301 \ud800孤\udc00单", // a combining mark and lone surrogates break runs
  "学习".repeat(40) + "，学习学习",
  "。，",
  "",
  "一",
];

describe("ngrams", () => {
  it("gives the bigrams and trigrams of each run, never across punctuation", () => {
    expect(ngrams("改造主观")).toEqual(["改造", "改造主", "造主", "造主观", "主观"]);
    expect(ngrams("学习，纪律")).toEqual(["学习", "纪律"]);
  });

  it("reads a reworded phrase as sharing most of its grams with the original", () => {
    const original = new Set(ngrams("改造主观世界"));
    expect(ngrams("主观世界的自觉改造").filter((g) => original.has(g))).toEqual(["主观", "主观世", "观世", "观世界", "世界", "改造"]);
  });

  it("reads the grams a string per gram gives, a character outside the BMP counting as one", () => {
    for (const text of texts) expect(ngrams(text)).toEqual(referenceNgrams(text));
  });
});

describe("GramCounter", () => {
  it("gives each of the texts it reads the shares summed gram by gram, to the last bit, in first-seen order", () => {
    const counter = new GramCounter();
    for (const text of [...texts, ...texts]) {
      const { grams, shares } = counter.read(text);
      const reference = referenceShares(text);
      expect(Array.from(grams, (g) => counter.ids.text(g))).toEqual(reference.map(([g]) => g));
      shares.forEach((share, k) => expect(Object.is(share, reference[k]?.[1])).toBe(true));
    }
  });
});

describe("gramShares", () => {
  it("gives shares that sum to one", () => {
    const shares = [...gramShares("学习不够，学习不深").values()];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(gramShares("。")).toEqual(new Map());
  });

  it("gives the shares summed gram by gram, in first-seen order", () => {
    for (const text of texts) expect([...gramShares(text)]).toEqual(referenceShares(text));
  });
});
