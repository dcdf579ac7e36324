import { describe, expect, it } from "vitest";
import { fmix32, fnv1a, mulberry32 } from "../../../src/similarity/hash.ts";
import { minhashSeeds, signature } from "../../../src/similarity/minhash.ts";
import { overlap } from "../../../src/similarity/overlap.ts";
import { sharedSpans, sharesRun } from "../../../src/similarity/shared-spans.ts";
import { comparable, shingleSet, shingleSets, shingles } from "../../../src/similarity/shingles.ts";

describe("hashes", () => {
  it("are stable 32-bit values", () => {
    expect(fnv1a("好人主义")).toBe(fnv1a("好人主义"));
    expect(fnv1a("好人主义")).not.toBe(fnv1a("好人主意"));
    expect(fmix32(1)).toBeGreaterThanOrEqual(0);
    expect(fmix32(1)).toBeLessThan(2 ** 32);
  });

  it("draw the same sequence from the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(minhashSeeds(8, 1)).toEqual(minhashSeeds(8, 1));
    expect(minhashSeeds(8, 1)).not.toEqual(minhashSeeds(8, 2));
  });
});

describe("shingles", () => {
  it("ignore punctuation, spaces and quotes, keeping the index of every letter", () => {
    expect(comparable("坚定“四个 自信”")).toEqual({ chars: "坚定四个自信", at: [0, 1, 3, 4, 6, 7] });
    expect(shingles("坚定“四个自信”", 3)).toEqual(shingles("坚定四个自信。", 3));
  });

  it("keep exactly the letters and digits \\p{L}\\p{N} finds, lower-cased, in texts of every script and stray surrogates", () => {
    const reference = (text: string) => {
      const kept: string[] = [];
      const at: number[] = [];
      for (const m of text.matchAll(/[\p{L}\p{N}]/gu)) {
        kept.push(m[0]);
        for (let u = 0; u < m[0].length; u++) at.push(m.index + u);
      }
      return { chars: kept.join("").toLowerCase(), at };
    };
    const alphabet = [..."党员ＡＢａ１２Ａz9，。“”、 \n\t—…（）"].concat(["𠀀", "𝟘", "😀", "\ud840", "\udc00", "İ", "Ⅻ", "〇"]);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join("");
      expect(comparable(text)).toEqual(reference(text));
    }
  });

  it("are a sorted set of hashes, one per distinct k-gram", () => {
    const s = shingles("好人好人好人", 2);
    expect(s).toHaveLength(2);
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
  });

  it("make one shingle of a text shorter than k, none of an empty one", () => {
    expect(shingles("好人", 3)).toHaveLength(1);
    expect(shingles("。，", 3)).toHaveLength(0);
  });

  it("packed for many texts are each text's own set, in order, short, empty and repeating ones too", () => {
    const letters = ["好人好人好人", "", "好人", "理论学习不够深入", "学习学习学习学习", "a"].map((t) => comparable(t).chars);
    const sets = shingleSets(letters, 3);
    expect(letters.map((_, i) => [...shingleSet(sets, i)])).toEqual(letters.map((chars) => [...shingles({ chars }, 3)]));
  });
});

describe("overlap", () => {
  it("gives exact Jaccard and containment", () => {
    const a = Uint32Array.from([1, 2, 3, 4]);
    const b = Uint32Array.from([3, 4, 5, 6, 7, 8]);
    expect(overlap(a, b)).toEqual({ jaccard: 2 / 8, containment: 2 / 4 });
    expect(overlap(a, a)).toEqual({ jaccard: 1, containment: 1 });
    expect(overlap(a, new Uint32Array(0))).toEqual({ jaccard: 0, containment: 0 });
  });
});

describe("MinHash", () => {
  it("estimates Jaccard: the share of equal signature slots is close to the true value", () => {
    const a = Uint32Array.from({ length: 400 }, (_, i) => fmix32(i));
    const b = Uint32Array.from({ length: 400 }, (_, i) => fmix32(i + 200));
    const seeds = minhashSeeds(512, 7);
    const sa = signature(a, seeds);
    const sb = signature(b, seeds);
    const equal = sa.filter((x, i) => x === sb[i]).length / seeds.length;
    expect(equal).toBeGreaterThan(1 / 3 - 0.07);
    expect(equal).toBeLessThan(1 / 3 + 0.07);
  });

  it("writes a signature into a table at the place given, the same as alone", () => {
    const set = Uint32Array.from({ length: 50 }, (_, i) => fmix32(i));
    const seeds = minhashSeeds(8, 3);
    const table = new Uint32Array(24).fill(1);
    signature(set, seeds, table, 8);
    expect([...table.subarray(8, 16)]).toEqual([...signature(set, seeds)]);
    expect([...table.subarray(0, 8), ...table.subarray(16)]).toEqual(Array(16).fill(1));
  });
});

describe("sharedSpans", () => {
  const a = "我们要增强“四个意识”、坚定“四个自信”，这一条不同。";
  const b = "必须增强四个意识坚定四个自信，另外的话。";

  it("marks runs of at least n letters found verbatim in the other text, as ranges of the original", () => {
    const spans = sharedSpans(a, b, 8);
    expect(spans.map(([s, e]) => a.slice(s, e))).toEqual(["增强“四个意识”、坚定“四个自信"]);
    expect(sharedSpans(b, a, 8).map(([s, e]) => b.slice(s, e))).toEqual(["增强四个意识坚定四个自信"]);
  });

  it("finds nothing shorter than n", () => {
    expect(sharedSpans("增强四个意识", "增强四个意识", 8)).toEqual([]);
  });
});

describe("sharedSpans on runs that meet", () => {
  it("keeps two runs apart when the other text has them apart, so each span is verbatim there", () => {
    const a = "明确努力方向和整改措施。有关情况汇报如下。";
    const b = "明确努力方向和整改措施。现将有关情况汇报如下。";
    const spans = sharedSpans(a, b, 8).map(([s, e]) => a.slice(s, e));
    expect(spans).toEqual(["明确努力方向和整改措施", "有关情况汇报如下"]);
  });
});

describe("sharesRun", () => {
  it("tells whether two texts share n letters in a row, punctuation aside, in either order", () => {
    const a = comparable("我们要增强“四个意识”、坚定“四个自信”。");
    const b = comparable("必须增强四个意识坚定四个自信，另外的话。");
    expect(sharesRun(a, b, 8)).toBe(true);
    expect(sharesRun(b, a, 8)).toBe(true);
    expect(sharesRun(a, comparable("增强四个意识"), 8)).toBe(false);
  });
});
