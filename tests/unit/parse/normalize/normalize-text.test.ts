import { describe, expect, it } from "vitest";
import { normalizeLine, restoreGlossary, stripCopyGuard, type Glossary } from "../../../../src/parse/normalize/normalize-text.ts";
import { processOptions } from "../../helpers.ts";

const glossary: Glossary = (await processOptions()).glossary;
const norm = (s: string) => normalizeLine(s, glossary);

describe("normalizeLine: spaces", () => {
  it("removes stray spaces between Chinese characters", () => {
    expect(norm("党 史 学 习  教育")).toBe("党史学习教育");
  });

  it("removes spaces between Chinese text and digits or Latin words (PDF justification)", () => {
    expect(norm("本人 在 2021 年 召开 的 会上")).toBe("本人在2021年召开的会上");
  });

  it("removes a full-width indent", () => {
    expect(norm("\u3000\u3000一、存在的主要问题")).toBe("一、存在的主要问题");
  });

  it("removes tabs, non-breaking spaces and zero-width characters", () => {
    expect(norm("\t\u00a0（二）学习\u200b教育\ufeff")).toBe("（二）学习教育");
  });

  it("collapses runs of spaces between Latin words to one", () => {
    expect(norm("  Word   PDF  ")).toBe("Word PDF");
  });
});

describe("normalizeLine: brackets and punctuation", () => {
  it.each([
    ["(一)理论学习不够", "（一）理论学习不够"],
    ["（一)理论学习不够", "（一）理论学习不够"],
    ["(一）理论学习不够", "（一）理论学习不够"],
    ["（一）理论学习不够", "（一）理论学习不够"],
    ["( 十二 )作风方面", "（十二）作风方面"],
    ["(1)学习不深", "（1）学习不深"],
    ["( 3 ) 学习不深", "（3）学习不深"],
  ])("%s → %s", (input, output) => {
    expect(norm(input)).toBe(output);
  });

  it("fixes a mixed bracket pair around Chinese text inside a line", () => {
    expect(norm("召开（一)次会议")).toBe("召开（一）次会议");
  });

  it("leaves ASCII brackets around ASCII content alone", () => {
    expect(norm("中央(2021)号文件")).toBe("中央(2021)号文件");
  });

  it("turns ASCII , ; : between Chinese characters into full-width", () => {
    expect(norm("学习,教育;工作:落实")).toBe("学习，教育；工作：落实");
  });

  it("leaves ASCII punctuation between Latin characters alone", () => {
    expect(norm("a,b;c:d")).toBe("a,b;c:d");
  });
});

describe("normalizeLine: glossary stand-ins", () => {
  it("restores dangshi → 党史 and mzshh → 民主生活会", () => {
    expect(norm("dangshi学习教育专题mzshh对照检查材料")).toBe("党史学习教育专题民主生活会对照检查材料");
  });

  it("matches stand-ins case-insensitively", () => {
    expect(norm("DangShi学习、MZSHH、Mzshh")).toBe("党史学习、民主生活会、民主生活会");
  });

  it("restores a stand-in next to digits and punctuation", () => {
    expect(norm("2021年dangshi,mzshh。")).toBe("2021年党史，民主生活会。");
  });

  it("does not replace a stand-in inside a longer Latin word", () => {
    expect(norm("dangshixuexi xdangshi mzshhs")).toBe("dangshixuexi xdangshi mzshhs");
  });

  it("removes the space the stand-in left between it and Chinese text", () => {
    expect(norm("开好 dangshi 学习教育专题 mzshh")).toBe("开好党史学习教育专题民主生活会");
  });
});

describe("normalizeLine: placeholders", () => {
  it.each(["xx纪委", "XX组织部", "××同志", "***局", "某某同志", "推进xx巡视、xx督察"])("keeps %s unchanged", (s) => {
    expect(norm(s)).toBe(s);
  });

  it("keeps placeholders inside a longer sentence", () => {
    expect(norm("按照《xx纪委机关、XX组织部关于开好××的通知》,本人***")).toBe(
      "按照《xx纪委机关、XX组织部关于开好××的通知》，本人***",
    );
  });
});

describe("restoreGlossary", () => {
  const small: Glossary = new Map([
    ["dang", "党"],
    ["dangshi", "党史"],
  ]);

  it("prefers the longest stand-in", () => {
    expect(restoreGlossary("dangshi", small)).toBe("党史");
  });

  it("returns the text unchanged with an empty glossary", () => {
    expect(restoreGlossary("dangshi mzshh", new Map())).toBe("dangshi mzshh");
  });

  it("treats regex characters in the text literally", () => {
    expect(restoreGlossary("(dang)*", small)).toBe("(党)*");
  });
});

describe("normalizeLine: full-width digits", () => {
  it("turns full-width digits into ASCII, so `１、` reads as the enumerator `1、`", () => {
    expect(norm("１、站位不高")).toBe("1、站位不高");
    expect(norm("（１２）２０２１年度")).toBe("（12）2021年度");
  });
});

describe("normalizeLine: punctuation as web pages normalise it", () => {
  it.each([
    ['对"两个确立"认识不深', "对“两个确立”认识不深"],
    ["认识不深.学用脱节.", "认识不深。学用脱节。"],
    ["是否到位?当然!", "是否到位？当然！"],
    ["主要表现在:", "主要表现在："],
    ["ＰＰＴ课件", "PPT课件"],
    ["思考不深;2)落实不够,2021年", "思考不深；2)落实不够，2021年"],
  ])("%s → %s", (input, output) => {
    expect(norm(input)).toBe(output);
  });

  it("keeps the dot of an enumerator, of a decimal and ASCII quotes around Latin words", () => {
    expect(norm("一.存在的问题")).toBe("一.存在的问题");
    expect(norm("增长了1.5倍")).toBe("增长了1.5倍");
    expect(norm('学习了"PPT"课件')).toBe('学习了"PPT"课件');
  });

  it("joins digits that PDF justification spaced apart", () => {
    expect(norm("2 0 2 3 年度")).toBe("2023年度");
    expect(norm("1 .学习不够")).toBe("1.学习不够");
  });
});

describe("stripCopyGuard", () => {
  it.each([
    ["e j\\ p] c_ v H 4~ a}", ""],
    ["|", ""],
    ["一、“四风”方面存在的问题 i^ U m 9 C% c h", "一、“四风”方面存在的问题 "],
    ['v) z s$ Y" l[（二）官僚主义方面', "（二）官僚主义方面"],
  ])("removes a forum's anti-copy noise from %j", (input, output) => {
    expect(stripCopyGuard(input)).toBe(output);
  });

  it.each(["使用 PPT Word PDF 等 A B C D", "2 0 2 3 年", "---", "***"])("leaves %j alone", (line) => {
    expect(stripCopyGuard(line)).toBe(line);
  });
});
