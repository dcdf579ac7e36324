import { describe, expect, it } from "vitest";
import { containsAll, excerpt, occurrences, type Segment } from "../../../src/search/highlight.ts";

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("occurrences", () => {
  it("finds every occurrence of a term", () => {
    expect(occurrences("学习，再学习", ["学习"])).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it("merges overlapping spans", () => {
    expect(occurrences("党史学习教育", ["党史学", "学习"])).toEqual([[0, 4]]);
  });

  it("merges spans that touch", () => {
    expect(occurrences("党史学习", ["党史", "学习"])).toEqual([[0, 4]]);
  });

  it("finds overlapping occurrences of one term", () => {
    expect(occurrences("哈哈哈", ["哈哈"])).toEqual([[0, 3]]);
  });

  it("sorts spans of several terms by position", () => {
    expect(occurrences("甲乙丙丁", ["丁", "甲"])).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it("ignores Latin case and empty terms", () => {
    expect(occurrences("学习强国APP", ["app", ""])).toEqual([[4, 7]]);
  });

  it("is empty when no term occurs", () => {
    expect(occurrences("党史学习教育", ["作风"])).toEqual([]);
  });
});

describe("containsAll", () => {
  it("is true only when every term occurs", () => {
    expect(containsAll("党史学习教育", ["党史", "教育"])).toBe(true);
    expect(containsAll("党史学习教育", ["党史", "作风"])).toBe(false);
    expect(containsAll("学习强国APP", ["app"])).toBe(true);
  });
});

describe("excerpt", () => {
  const long = `${"前文".repeat(60)}存在好人主义思想${"后文".repeat(60)}`;

  it("marks exactly the phrase", () => {
    const segments = excerpt(long, ["好人主义"]);
    expect(marked(segments)).toEqual(["好人主义"]);
  });

  it("keeps the text around the match and marks the cut ends with …", () => {
    const segments = excerpt(long, ["好人主义"], 40);
    expect(segments[0]).toEqual({ text: "…", mark: false });
    expect(segments[segments.length - 1]).toEqual({ text: "…", mark: false });
    const body = joined(segments.slice(1, -1));
    expect(body).toHaveLength(40);
    expect(long).toContain(body);
    expect(body).toContain("存在好人主义思想");
  });

  it("returns the whole short text with the phrase marked", () => {
    const text = "斗争性不强。存在好人主义思想，碍于情面。";
    const segments = excerpt(text, ["好人主义"]);
    expect(joined(segments)).toBe(text);
    expect(segments).toEqual([
      { text: "斗争性不强。存在", mark: false },
      { text: "好人主义", mark: true },
      { text: "思想，碍于情面。", mark: false },
    ]);
  });

  it("marks every occurrence inside the window and merged overlaps once", () => {
    const segments = excerpt("党史学习教育，学习党史", ["党史", "史学"]);
    expect(marked(segments)).toEqual(["党史学", "党史"]);
  });

  it("keeps the original case of Latin text while marking it", () => {
    expect(marked(excerpt("在学习强国APP浏览", ["app"]))).toEqual(["APP"]);
  });

  it("flattens line breaks", () => {
    expect(joined(excerpt("第一行\n第二行", ["二"]))).toBe("第一行 第二行");
  });

  it("shows the start of the text when nothing matches", () => {
    const segments = excerpt(long, ["作风"], 20);
    expect(marked(segments)).toEqual([]);
    expect(segments[0]).toEqual({ text: "前文".repeat(10), mark: false });
  });
});

describe("either script", () => {
  const text = "存在好人主義思想，碍於情面，對同事的問題不及時提醒批評。";
  it("matches a simplified term in traditional text, and the other way round", () => {
    expect(containsAll(text, ["好人主义", "批评"])).toBe(true);
    expect(containsAll("存在好人主义思想", ["好人主義"])).toBe(true);
    expect(containsAll(text, ["坏人主义"])).toBe(false);
  });

  it("marks the text as written at the offsets of the match", () => {
    expect(occurrences(text, ["好人主义"])).toEqual([[2, 6]]);
    expect(marked(excerpt(text, ["好人主义", "问题"]))).toEqual(["好人主義", "問題"]);
  });
});
