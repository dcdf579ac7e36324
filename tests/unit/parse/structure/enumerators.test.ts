import { describe, expect, it } from "vitest";
import {
  bracketCn,
  classifySection,
  cnToNumber,
  itemMarker,
  numberToCn,
  sectionHeading,
  splitShi,
} from "../../../../src/parse/structure/enumerators.ts";

describe("Chinese numerals", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十一", 11],
    ["十九", 19],
    ["二十", 20],
    ["二十一", 21],
    ["九十九", 99],
  ])("cnToNumber(%s) = %i", (cn, n) => {
    expect(cnToNumber(cn)).toBe(n);
  });

  it("numberToCn is the inverse of cnToNumber for 1..99", () => {
    for (let n = 1; n <= 99; n++) expect(cnToNumber(numberToCn(n))).toBe(n);
  });

  it("writes 11 as 十一, not 一十一", () => {
    expect(numberToCn(11)).toBe("十一");
    expect(numberToCn(20)).toBe("二十");
  });
});

describe("sectionHeading", () => {
  it.each([
    ["一、存在的主要问题", 1, "一、", "存在的主要问题"],
    ["五．整改措施", 5, "五．", "整改措施"],
    ["三. 原因分析", 3, "三. ", "原因分析"],
    ["十一、努力方向", 11, "十一、", "努力方向"],
  ])("reads %s", (text, n, marker, rest) => {
    expect(sectionHeading(text)).toMatchObject({ style: "section", n, marker, rest });
  });

  it("rejects a numbered sentence", () => {
    expect(sectionHeading("一、我认真学习了文件。然后又对照检查了很多问题")).toBeNull();
  });

  it("rejects a line longer than 40 characters after the number", () => {
    expect(sectionHeading(`一、${"对照检查".repeat(11)}`)).toBeNull();
  });

  it("does not take 一是 or （一） for a section heading", () => {
    expect(sectionHeading("一是学习不够")).toBeNull();
    expect(sectionHeading("（一）学习方面")).toBeNull();
  });
});

describe("bracketCn", () => {
  it("reads full-width, ASCII and mixed brackets", () => {
    expect(bracketCn("（一）在学习方面")).toMatchObject({ n: 1, marker: "（一）", rest: "在学习方面" });
    expect(bracketCn("(二)学习")).toMatchObject({ n: 2, marker: "(二)", rest: "学习" });
    expect(bracketCn("（三)学习")).toMatchObject({ n: 3, rest: "学习" });
    expect(bracketCn("（十二）作风")).toMatchObject({ n: 12, rest: "作风" });
  });

  it("does not read Arabic numbers in brackets", () => {
    expect(bracketCn("（1）学习")).toBeNull();
  });
});

describe("itemMarker", () => {
  it.each([
    ["1、站位不高", "arabic", 1, "1、", "站位不高"],
    ["1.学习", "arabic", 1, "1.", "学习"],
    ["1．学习", "arabic", 1, "1．", "学习"],
    ["12. 学习", "arabic", 12, "12.", "学习"],
    ["（3）学习", "bracket-arabic", 3, "（3）", "学习"],
    ["(3)学习", "bracket-arabic", 3, "(3)", "学习"],
    ["③学习", "circled", 3, "③", "学习"],
    ["1）学习", "arabic", 1, "1）", "学习"],
    ["2)学习", "arabic", 2, "2)", "学习"],
    ["首先，学习", "sequence", 1, "首先，", "学习"],
    ["最后：学习", "sequence", 5, "最后：", "学习"],
  ])("reads %s", (text, style, n, marker, rest) => {
    expect(itemMarker(text)).toEqual({ style, n, marker, rest });
  });

  it("takes 首先/最后 for a marker only with its comma: 最后一刻 opens a sentence", () => {
    expect(itemMarker("最后一刻坚持")).toBeNull();
  });

  it("leaves 第一， to splitShi, since such points are often written inside one paragraph", () => {
    expect(itemMarker("第一，学习")).toBeNull();
  });

  it("does not take a decimal or a year for a marker", () => {
    expect(itemMarker("1.5倍增长")).toBeNull();
    expect(itemMarker("2021年以来")).toBeNull();
  });
});

describe("splitShi", () => {
  it("splits several 一是…二是… points inside one paragraph, keeping the lead-in", () => {
    expect(splitShi("主要是：一是学习不够。二是作风不实；三是担当不足。")).toEqual({
      at: 4,
      intro: "主要是：",
      items: [
        { marker: "一是", text: "学习不够。" },
        { marker: "二是", text: "作风不实；" },
        { marker: "三是", text: "担当不足。" },
      ],
    });
  });

  it("splits points that open lines", () => {
    expect(splitShi("一是甲。\n二是乙。")?.items).toEqual([
      { marker: "一是", text: "甲。" },
      { marker: "二是", text: "乙。" },
    ]);
  });

  it("returns null without 一是", () => {
    expect(splitShi("学习不够，二是作风不实")).toBeNull();
  });

  it("ignores 一是 inside a word (统一是, 第一是)", () => {
    expect(splitShi("思想统一是关键")).toBeNull();
    expect(splitShi("第一是甲。二是乙")).toBeNull();
  });

  it("takes one skipped number for a slip (二是…四是) and stops at a wider gap", () => {
    expect(splitShi("一是甲，二是乙，四是丁")?.items.map((p) => p.marker)).toEqual(["一是", "二是", "四是"]);
    expect(splitShi("一是甲，四是丁")?.items).toEqual([{ marker: "一是", text: "甲，四是丁" }]);
  });

  it("does not read 十一是 as 一是 again", () => {
    expect(splitShi("一是甲。十一是乙")?.items).toHaveLength(1);
  });

  it("splits 第一，…第二，… points the same way, keeping each marker as written", () => {
    expect(splitShi("主要是：第一，学习不够。第二、作风不实；第三：担当不足。")).toEqual({
      at: 4,
      intro: "主要是：",
      items: [
        { marker: "第一，", text: "学习不够。" },
        { marker: "第二、", text: "作风不实；" },
        { marker: "第三：", text: "担当不足。" },
      ],
    });
  });

  it("does not take 第一责任人 or “第一责任” for a point", () => {
    expect(splitShi("落实党建第一责任人责任，压实“第一责任”")).toBeNull();
  });
});

describe("classifySection", () => {
  it.each([
    ["存在的主要问题", "problem"],
    ["对照检查查摆出来的问题", "problem"],
    ["查摆存在的主要问题", "problem"],
    ["原因分析", "cause"],
    ["产生问题的原因", "cause"],
    ["根源剖析", "cause"],
    ["努力方向", "measure"],
    ["整改措施", "measure"],
    ["下一步改进措施", "measure"],
    ["2020年度民主生活会整改措施落实情况", "review"],
    ["上年度民主生活会问题整改情况", "review"],
  ])("%s → %s", (heading, kind) => {
    expect(classifySection(heading)).toBe(kind);
  });

  it("returns null for headings without section words", () => {
    expect(classifySection("个人基本情况")).toBeNull();
  });
});

