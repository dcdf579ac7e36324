import { describe, expect, it } from "vitest";
import { classify, defaultOptions, evidence, findPhrases, phrasebook } from "../../../src/themes/classify.ts";
import type { Lexicon } from "../../../src/schemas/theme.ts";

const lexicon = (id: string, keywords: Record<string, number>): Lexicon => ({ id, name: id, summary: id, order: 0, keywords });
const book = phrasebook([
  lexicon("struggle", { 好人主义: 3, 好人: 2, 批评: 1 }),
  lexicon("people", { 群众: 1, 为群众办实事: 3, 服务群众: 3 }),
  lexicon("study", { 理论学习: 3, 学用脱节: 3, 浅尝辄止: 3 }),
  lexicon("style", { 形式主义: 3, 八项规定: 1 }),
  lexicon("integrity", { 八项规定: 2, 廉洁: 3 }),
]);

describe("findPhrases", () => {
  it("takes the longest phrase and never counts a shorter one inside it, across themes too", () => {
    expect(findPhrases("存在好人主义，当老好人", book).map((f) => f.term)).toEqual(["好人主义", "好人"]);
    expect(findPhrases("为群众办实事不够", book).map((f) => f.term)).toEqual(["为群众办实事"]);
  });

  it("credits a phrase shared by two lexicons to both", () => {
    expect(evidence("落实八项规定", book)).toEqual(new Map([["style", 1], ["integrity", 2]]));
  });
});

describe("classify", () => {
  it("puts no theme on a passage the lexicon cannot place", () => {
    expect(classify("", "工作中还有差距。", book)).toEqual({ themes: [], confidence: 0 });
  });

  it("needs more than one weak word: a single 群众 is not evidence enough", () => {
    expect(classify("", "与群众交流还不够多，还有差距。", book).themes).toEqual([]);
  });

  it("lets the headline outweigh a longer body that piles up another theme's words", () => {
    const text = "理论学习有所松懈。服务群众不够，为群众办实事不多，服务群众的办法少。";
    const got = classify("理论学习有所松懈", text, book);
    expect(got.themes[0]).toBe("study");
    expect(got.themes).toContain("people");
  });

  it("decides by the body where the headline names no theme", () => {
    const text = "存在差距。学用脱节，浅尝辄止。";
    expect(classify("存在差距", text, book).themes).toEqual(["study"]);
  });

  it("gives at most maxThemes themes, most fitting first, with a confidence between 0 and 1", () => {
    const text = "学用脱节，浅尝辄止，形式主义，好人主义，廉洁不够，服务群众少。";
    const got = classify("", text, book, { ...defaultOptions, maxThemes: 2 });
    expect(got.themes).toHaveLength(2);
    expect(got.themes[0]).toBe("study");
    expect(got.confidence).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThanOrEqual(1);
  });

  it("is deterministic: ties are broken by theme id", () => {
    const a = classify("", "形式主义，好人主义。", book);
    expect(a.themes).toEqual(["struggle", "style"]);
  });
});

describe("further themes", () => {
  it("include a theme the body dwells on even when the headline names another", () => {
    // The headline makes struggle first by far; style holds half the body.
    const text = "好人主义。形式主义，好人主义。";
    expect(classify("好人主义", text, book).themes).toEqual(["struggle", "style"]);
    expect(classify("好人主义", text, book, { ...defaultOptions, bodyShare: 1 }).themes).toEqual(["struggle"]);
  });
});
