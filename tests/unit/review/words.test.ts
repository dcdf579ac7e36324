import { describe, expect, it } from "vitest";
import { countsIn, phrasePattern, wordsOf } from "../../../src/review/words.ts";

describe("countsIn", () => {
  it("finds Arabic numbers, percentages and Chinese counts with a measure word", () => {
    expect(countsIn("全年下基层12次，占比85%，走访了三个村、两家企业，用时两个月")).toEqual(["12", "85%", "三个", "两家", "两个月"]);
  });
  it("leaves out the genre's numbered formulas and points", () => {
    expect(countsIn("增强四个意识、坚定四个自信、做到两个维护，落实八项规定和省委九项规定，从以下四个方面做表率，建党百年")).toEqual([]);
  });
  it("leaves out sub-point numbers and ordinals", () => {
    expect(countsIn("（1）学习不够；(2)调研不深；3、落实不力；第三次会议")).toEqual([]);
  });
  it("keeps a decimal that is not an enumerator", () => {
    expect(countsIn("投资增长2.5倍")).toEqual(["2.5"]);
  });
});

describe("phrasePattern", () => {
  it("prefers the longer phrase where two overlap, and escapes", () => {
    expect(wordsOf("领导班子成员", phrasePattern(["班子", "领导班子"]))).toEqual(["领导班子"]);
    expect(wordsOf("a.b", phrasePattern(["a.b"]))).toEqual(["a.b"]);
  });
});
