import { describe, expect, it } from "vitest";
import { identityWords } from "../../../../src/parse/metadata/infer-metadata.ts";
import { fingerprints, indexFingerprints, topUpKey } from "../../../../src/similarity/check/fingerprints.ts";
import { decodeShard, encodeShard, shardOf, type Posting } from "../../../../src/similarity/check/shard-codec.ts";
import { findStockRuns, stockMask, stockSet } from "../../../../src/similarity/check/stock-phrases.ts";
import { comparable, shingles } from "../../../../src/similarity/shingles.ts";

const text = "在大是大非面前不敢发声，在歪风邪气面前不敢斗争，面对错误言论退避三舍、三缄其口，遇到矛盾问题躲着走、绕道行。";

describe("fingerprints", () => {
  it("keeps the same runs in any text that holds them, whatever surrounds them", () => {
    const alone = new Set(fingerprints(comparable(text)));
    const embedded = new Set(fingerprints(comparable(`下基层调研时间少，对实情了解不够。${text}为领导出谋划策作用发挥不明显。`)));
    const sampled = [...alone].filter((h) => h % indexFingerprints.sample === 0);
    expect(sampled.length).toBeGreaterThan(0);
    for (const h of sampled) expect(embedded.has(h)).toBe(true);
  });

  it("tops a text up to the minimum with the first other hashes in the top-up order, and keeps every run of a text with fewer", () => {
    const { sample, atLeast, k } = indexFingerprints;
    const kept = [...fingerprints(comparable(text))];
    const topUp = kept.filter((h) => h % sample !== 0);
    const left = [...shingles(text, k)].filter((h) => !kept.includes(h));
    expect(kept).toHaveLength(atLeast);
    expect(Math.max(...topUp.map(topUpKey))).toBeLessThan(Math.min(...left.map(topUpKey)));
    // Not the smallest hashes, whose equal high bits would all name the first shards.
    expect(Math.max(...topUp)).toBeGreaterThan(2 ** 31);
    expect(fingerprints(comparable("理想信念不坚定"))).toEqual(shingles("理想信念不坚定", k));
    expect(fingerprints(comparable(""))).toHaveLength(0);
  });

  it("keeps exactly the sampled runs of a text with enough of them, in order, each once", () => {
    const { sample, k } = indexFingerprints;
    // 900 distinct characters, then the first 300 again: every run of the repeat is already there.
    const chars = Array.from({ length: 900 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000)));
    const long = [...chars, ...chars.slice(0, 300)].join("");
    const sampled = [...shingles(long, k)].filter((h) => h % sample === 0);
    expect(sampled.length).toBeGreaterThan(indexFingerprints.atLeast);
    expect([...fingerprints(comparable(long))]).toEqual(sampled);
  });
});

describe("shard codec", () => {
  it("reads back what it wrote, and refuses a truncated shard", () => {
    const postings: Posting[] = [
      { key: 16, reports: 1, passages: [3] },
      { key: 4_294_967_280, reports: 70, passages: [0, 1, 2, 200_000] },
    ];
    const bytes = encodeShard(postings);
    expect([...decodeShard(bytes).values()]).toEqual(postings);
    expect(() => decodeShard(bytes.subarray(0, bytes.length - 1))).toThrow(RangeError);
  });

  it("shards by the top bits", () => {
    expect(shardOf(0xffffffff, 4)).toBe(15);
    expect(shardOf(0x0fffffff, 4)).toBe(0);
    expect(shardOf(0xffffffff, 0)).toBe(0);
  });
});

describe("stock runs", () => {
  const formula = "习近平新时代中国特色社会主义思想";
  const places = Array.from({ length: 20 }, (_, i) => `${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"东西"[i % 2]}`);
  const reports = places.map((p) => [comparable(`深入学习${formula}，抓好${p}片区建设`).chars]);

  it("lists the runs most reports share, not those of a few", () => {
    const runs = findStockRuns(() => reports, reports.length);
    expect(runs).toContain("习近平新");
    expect(runs.some((r) => places.some((p) => r.includes(p)))).toBe(false);
  });

  it("counts a run once per report, however often the report repeats it, in reports of any length", () => {
    // Long texts of distinct characters: the table the runs are deduplicated in must grow past its first size.
    const filler = (from: number) => String.fromCodePoint(...Array.from({ length: 3000 }, (_, i) => 0x4e00 + from + i));
    const repeated = "对标对表查摆问题";
    // The report that repeats it comes after one that has it once: its repeats would add to a count already begun.
    const corpus = [[`${filler(0)}${repeated}`], [`${repeated.repeat(40)}${filler(3000)}`, repeated], ...Array.from({ length: 38 }, (_, i) => [filler(3000 * (i + 2))])];
    expect(findStockRuns(() => corpus, corpus.length)).not.toContain("对标对表");
    corpus[3]?.push(repeated);
    expect(findStockRuns(() => corpus, corpus.length)).toContain("对标对表");
  });

  it("marks a formula in a text, but not a long stretch that is copying", () => {
    const stock = stockSet(findStockRuns(() => reports, reports.length));
    const chars = comparable(`认真学习${formula}`).chars;
    const mask = stockMask(chars, stock);
    expect(mask.slice(chars.indexOf("习"), chars.indexOf("习") + formula.length).every(Boolean)).toBe(true);
    const long = comparable(formula.repeat(3)).chars;
    expect(stockMask(long, stock).some(Boolean)).toBe(false);
  });
});

describe("identityWords", () => {
  it("names unit and role words, not generic roles", () => {
    const words = identityWords("作为镇党委书记，我带领全校党员干部");
    expect(words.map((w) => [w.word, w.field])).toEqual([
      ["镇党委书记", "role"],
      ["镇党委", "unit"],
      ["全校", "unit"],
    ]);
  });
});
