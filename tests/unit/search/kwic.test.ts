import { describe, expect, it } from "vitest";
import { kwicLines, sortLines, toCsv, toPlainText } from "../../../src/search/kwic.ts";

const where = { path: "reports/x/#a1-1", report: "某报告" };

describe("kwicLines", () => {
  it("gives one line per occurrence, with context cut to the width", () => {
    const lines = kwicLines("为了人民群众，依靠人民群众，群众路线", "群众", 3, where);
    expect(lines.map((l) => [l.left, l.match, l.right])).toEqual([
      ["了人民", "群众", "，依靠"],
      ["靠人民", "群众", "，群众"],
      ["群众，", "群众", "路线"],
    ]);
  });

  it("finds overlapping occurrences and ignores Latin case", () => {
    expect(kwicLines("aaa", "aa", 1, where)).toHaveLength(2);
    expect(kwicLines("学习强国APP", "app", 2, where)[0]?.match).toBe("APP");
  });

  it("reads paragraph breaks as spaces so a line stays on one line", () => {
    expect(kwicLines("第一段。\n第二段", "。 第", 2, where)).toHaveLength(1);
  });
});

describe("sortLines", () => {
  const lines = [
    { left: "乙甲", match: "X", right: "丙", ...where },
    { left: "甲乙", match: "X", right: "甲", ...where },
  ];
  it("sorts by the left context read backwards from the phrase", () => {
    expect(sortLines(lines, "left").map((l) => l.left)).toEqual(["乙甲", "甲乙"].sort((a, b) => new Intl.Collator("zh-CN").compare([...a].reverse().join(""), [...b].reverse().join(""))));
  });
  it("sorts by the right context, and keeps corpus order when asked", () => {
    expect(sortLines(lines, "right").map((l) => l.right)).toEqual(["丙", "甲"].sort(new Intl.Collator("zh-CN").compare));
    expect(sortLines(lines, "corpus")).toBe(lines);
  });
});

describe("exports", () => {
  const lines = kwicLines("他说“好，行”。好", "好", 3, where);
  it("writes tab-separated plain text, one occurrence a line", () => {
    expect(toPlainText(lines).split("\n")).toHaveLength(2);
    expect(toPlainText(lines).split("\n")[0]?.split("\t")).toEqual(["他说“", "好", "，行”", "某报告", "reports/x/#a1-1"]);
  });
  it("quotes CSV cells holding commas or quotes", () => {
    const csv = toCsv([{ left: 'a,"b"', match: "好", right: "c", ...where }]);
    expect(csv).toBe('左文,检索词,右文,报告,位置\r\n"a,""b""",好,c,某报告,reports/x/#a1-1\r\n');
  });
});

describe("kwicLines in either script", () => {
  it("lines up a simplified term in traditional text, context and match as written", () => {
    const lines = kwicLines("堅持學習，學習不夠深入。", "学习", 2, where);
    expect(lines.map((l) => [l.left, l.match, l.right])).toEqual([
      ["堅持", "學習", "，學"],
      ["習，", "學習", "不夠"],
    ]);
  });
});
