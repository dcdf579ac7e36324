import { describe, expect, it } from "vitest";
import { classify, score } from "../../../scripts/themes/classify.ts";
import type { Lexicon } from "../../../scripts/themes/load-themes.ts";
import { processOptions } from "../helpers.ts";

const { lexicons } = await processOptions();

function lexicon(id: string, keywords: Record<string, number>): Lexicon {
  return { id, name: id, summary: id, order: 0, keywords };
}

describe("classify with the shipped lexicons", () => {
  it.each([
    ["斗争性不强", "斗争性不强。存在好人主义思想，碍于情面，对同事的问题不及时提醒批评。", "struggle"],
    ["调查研究不多", "调查研究不多。下基层调研时间少，书面了解多、实地走访少。", "investigation"],
    ["理想信念有所放松", "理想信念有所放松。对理论学习重要性认识不足。", "party-spirit"],
    ["学习不够系统", "学习不够系统。满足于读文件、听讲座，浅尝辄止。", "theory-study"],
    ["廉洁自律不够严格", "廉洁自律不够严格。对家风建设重视不够，勤俭节约意识不强。", "integrity"],
    ["形式主义仍有表现", "形式主义仍有表现。文山会海问题没有根本解决。", "work-style"],
  ])("puts %s under %s first", (headline, text, theme) => {
    const result = classify(headline, text, lexicons);
    expect(result.themes[0]).toBe(theme);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it("gives no theme to text without keywords", () => {
    expect(classify("", "今天天气很好，我们去公园散步。", lexicons)).toEqual({ themes: [], confidence: 0 });
  });

  it("gives no theme to empty text", () => {
    expect(classify("", "", lexicons)).toEqual({ themes: [], confidence: 0 });
  });

  it("returns at most three themes, all known ids", () => {
    const ids = new Set(lexicons.map((l) => l.id));
    const text = "理论学习不够，斗争精神不足，调查研究不多，形式主义突出，廉洁自律不严，担当作为不够，创新意识不强。";
    const { themes } = classify("", text, lexicons);
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.length).toBeLessThanOrEqual(3);
    for (const t of themes) expect(ids).toContain(t);
  });
});

describe("score", () => {
  const struggle = lexicon("struggle", { 好人主义: 3, 好人: 2, 批评: 1, 自我批评: 2, 批评与自我批评: 3 });

  it("counts the longest keyword once, not its shorter parts too", () => {
    expect(score("好人主义", struggle)).toBe(3);
    expect(score("批评与自我批评", struggle)).toBe(3);
  });

  it("still counts a shorter keyword where it stands alone", () => {
    expect(score("好人", struggle)).toBe(2);
    expect(score("好人主义，老好人", struggle)).toBe(3 + 2);
  });

  it("counts every occurrence", () => {
    expect(score("批评，批评，批评", struggle)).toBe(3);
  });

  it("is 0 without keywords", () => {
    expect(score("今天天气很好", struggle)).toBe(0);
  });
});

describe("classify rules", () => {
  const a = lexicon("a-theme", { 调研: 3 });
  const b = lexicon("b-theme", { 批评: 3 });
  const c = lexicon("c-theme", { 学习: 1 });

  it("weighs a headline hit three times a body hit", () => {
    // The headline is the text's first sentence: b is in it (3 × 3 = 9); a is twice in the body (2 × 3 = 6).
    expect(classify("批评", "批评。调研，调研", [a, b]).themes).toEqual(["b-theme", "a-theme"]);
    // The same words with no headline: a wins.
    expect(classify("", "批评。调研，调研", [a, b]).themes).toEqual(["a-theme", "b-theme"]);
  });

  it("drops themes under the minimum score", () => {
    expect(classify("", "学习，学习", [c]).themes).toEqual([]);
    expect(classify("", "学习，学习，学习", [c]).themes).toEqual(["c-theme"]);
  });

  it("keeps a further theme only when it reaches half the first theme's score", () => {
    expect(classify("", "调研调研调研批评", [a, b]).themes).toEqual(["a-theme"]);
    expect(classify("", "调研调研批评", [a, b]).themes).toEqual(["a-theme", "b-theme"]);
  });

  it("breaks ties by id", () => {
    expect(classify("", "批评调研", [b, a]).themes).toEqual(["a-theme", "b-theme"]);
  });

  it("is less confident when the runner-up is close", () => {
    const clear = classify("", "调研调研调研", [a, b]).confidence;
    const close = classify("", "调研调研批评", [a, b]).confidence;
    expect(clear).toBeGreaterThan(close);
    expect(clear).toBeLessThanOrEqual(1);
  });
});
