import { describe, expect, it } from "vitest";
import { indexTokens, isSingleChar, queryTokens, runs } from "../../../src/search/bigrams.ts";

// Sentences from the shipped reports (content/sources/), with their punctuation, digits and Latin letters.
const sentences = [
  "站位点不高。全面系统持续不断地学习科学理论坚持得不够好，政治判断力政治领悟力政治执行力明显欠缺。",
  "2021年，园区经济运行始终保持在合理区间，稳中加固、稳中向好；招商引资、项目建设各项工作有创新。",
  "按部就班的在学习强国APP浏览学习，做笔记，满足于一般化、快餐式的学习了解。",
  "对为什么要树牢“四个意识”、坚定“四个自信”、做到“两个维护”认识还存在“口号化”现象。",
  "还有很多同志是“5+2”“白加黑”的加班，甚至家里的孩子都顾不上照顾。",
];

/** True when `needle` occurs in `hay` as a contiguous run of tokens. */
function containsSequence(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((t, j) => hay[i + j] === t)) return true;
  }
  return false;
}

/** Every substring of the text of length min..max, in characters. */
function* substrings(text: string, min: number, max: number): Generator<string> {
  const chars = [...text];
  for (let len = min; len <= max; len++) {
    for (let i = 0; i + len <= chars.length; i++) yield chars.slice(i, i + len).join("");
  }
}

describe("indexTokens", () => {
  it("indexes overlapping pairs and the run's last character", () => {
    expect(indexTokens("党史学习教育")).toEqual(["党史", "史学", "学习", "习教", "教育", "育"]);
  });

  it("indexes each run of a sentence separately, punctuation dropped", () => {
    expect(indexTokens("学习，教育。")).toEqual(["学习", "习", "教育", "育"]);
  });

  it("lower-cases Latin letters and keeps digits", () => {
    expect(indexTokens("APP 2021年")).toEqual(["ap", "pp", "p", "20", "02", "21", "1年", "年"]);
  });

  it("indexes a lone character as itself", () => {
    expect(indexTokens("党")).toEqual(["党"]);
  });

  it("indexes nothing for punctuation only", () => {
    expect(indexTokens("，。“”、")).toEqual([]);
  });
});

describe("runs", () => {
  it("splits at everything that is not a letter or a digit", () => {
    expect(runs("“四个意识”、Word文件 2021")).toEqual(["四个意识", "word文件", "2021"]);
  });
});

describe("queryTokens", () => {
  it("is the pairs of a single-run term without a closing lone character", () => {
    expect(queryTokens("学习教")).toEqual(["学习", "习教"]);
  });

  it("is the character itself for a single-character term", () => {
    expect(queryTokens("党")).toEqual(["党"]);
  });

  it("closes every run but the last with its lone character", () => {
    expect(queryTokens("学习，教育")).toEqual(["学习", "习", "教育"]);
  });

  it("matches every single-run substring of 2..8 characters of a sentence as a phrase", () => {
    let checked = 0;
    for (const sentence of sentences) {
      const index = indexTokens(sentence);
      for (const sub of substrings(sentence, 2, 8)) {
        if (runs(sub).length !== 1 || runs(sub)[0] !== sub.toLowerCase()) continue;
        const tokens = queryTokens(sub);
        expect(tokens.length, sub).toBeGreaterThan(0);
        expect(containsSequence(index, tokens), `${sub} → ${tokens.join(" ")}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("matches substrings that cross punctuation too", () => {
    for (const sentence of sentences) {
      const index = indexTokens(sentence);
      for (const sub of substrings(sentence, 2, 8)) {
        if (runs(sub).length < 2) continue;
        expect(containsSequence(index, queryTokens(sub)), sub).toBe(true);
      }
    }
  });

  it("does not match a phrase across punctuation that the text does not have", () => {
    // 高。全 in the text is two runs; the query 高全 is one run and must not match.
    expect(containsSequence(indexTokens(sentences[0] as string), queryTokens("高全"))).toBe(false);
  });
});

describe("isSingleChar", () => {
  it.each([
    ["党", true],
    [" 党 ", true],
    ["“党”", true],
    ["a", true],
    ["党史", false],
    ["党，史", false],
    ["", false],
    ["，", false],
  ])("isSingleChar(%j) = %s", (term, single) => {
    expect(isSingleChar(term)).toBe(single);
  });
});

describe("either script", () => {
  it("indexes and queries traditional text as simplified: the tokens are the same", () => {
    expect(queryTokens("學習教育")).toEqual(queryTokens("学习教育"));
    expect(indexTokens("黨史學習教育，瞭解情況。")).toEqual(indexTokens("党史学习教育，了解情况。"));
  });

  it("finds a simplified query in a traditional text and a traditional query in a simplified one", () => {
    const traditional = indexTokens("認真開展批評與自我批評，不搞好人主義。");
    const simplified = indexTokens("认真开展批评与自我批评，不搞好人主义。");
    expect(containsSequence(traditional, queryTokens("好人主义"))).toBe(true);
    expect(containsSequence(simplified, queryTokens("好人主義"))).toBe(true);
  });
});
