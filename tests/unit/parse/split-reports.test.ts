import { describe, expect, it } from "vitest";
import { reportLabel, splitReports } from "../../../src/parse/split-reports.ts";

/** A short report of our own words, numbered `n`, long enough to be one (100+ Chinese characters). */
function report(n: number): string {
  return [
    `某单位干部第${n}份对照检查材料`,
    "按照要求，本人认真对照检查，深入查找自身问题，广泛听取各方面意见，现将有关情况报告如下，请同志们批评指正。",
    "一、存在的问题",
    "（一）理论学习方面。学习不够系统深入，满足于读文件、听报告，联系实际思考不够，学用结合还有差距。",
    "二、原因分析",
    "理想信念有所放松，对理论学习的重要性认识不足，自我要求有所降低。",
    "三、整改措施",
    "（一）加强学习。坚持读原著学原文悟原理，做到学思用贯通。",
  ].join("\n");
}

describe("reportLabel", () => {
  it.each([
    ["篇一", 1],
    ["【篇二】", 2],
    ["第三篇", 3],
    ["篇4：某局对照检查材料", 4],
    ["范文十二", 12],
    ["## 篇二", 2],
  ])("reads %s as report %i", (line, n) => {
    expect(reportLabel(line)).toBe(n);
  });

  it.each(["第一，理论学习不够", "篇章结构不够合理。", "一篇好的材料", "篇一：本人认真学习。然后对照检查"])("does not take %s for a label", (line) => {
    expect(reportLabel(line)).toBeNull();
  });
});

describe("splitReports", () => {
  it("keeps a file with one report whole", () => {
    expect(splitReports(report(1))).toEqual({ parts: [report(1)], note: "" });
  });

  it("splits at 篇一, 篇二 … and says so", () => {
    const { parts, note } = splitReports(["对照检查材料范文2篇", "篇一", report(1), "【篇二】", report(2)].join("\n"));
    expect(parts).toEqual([report(1), report(2)]);
    expect(note).toContain("2 篇");
    expect(note).toContain("未收录");
  });

  it("does not split at a lone label or at labels out of order", () => {
    expect(splitReports(["篇二", report(1)].join("\n")).parts).toHaveLength(1);
    const untitled = (n: number) => report(n).split("\n").slice(1).join("\n");
    expect(splitReports(["篇二", untitled(1), "篇一", untitled(2)].join("\n")).parts).toHaveLength(1);
  });

  it("splits reports that follow one another under their own titles", () => {
    expect(splitReports([report(1), report(2), report(3)].join("\n")).parts).toEqual([report(1), report(2), report(3)]);
  });

  it("does not split at a title repeated before the report begins (page title, then title)", () => {
    const text = ["某单位干部第1份对照检查材料", "首页", report(1)].join("\n");
    expect(splitReports(text).parts).toHaveLength(1);
  });

  it("gives every report of a Markdown collection the file's frontmatter", () => {
    const { parts } = splitReports(["---", "year: 2023", "---", "篇一", report(1), "篇二", report(2)].join("\n"));
    expect(parts.map((p) => p.startsWith("---\nyear: 2023\n---\n"))).toEqual([true, true]);
  });
});

describe("splitReports in traditional script", () => {
  it("finds titles written 對照檢查材料", () => {
    const traditional = (n: number) => report(n).replace("对照检查材料", "對照檢查材料");
    expect(splitReports([traditional(1), traditional(2)].join("\n")).parts).toHaveLength(2);
  });
});

describe("splitReports with a title on the label's line", () => {
  it("keeps the title (篇二：某局对照检查材料) as the report's first line", () => {
    const untitled = (n: number) => report(n).split("\n").slice(1).join("\n");
    const { parts } = splitReports(["篇一：甲局对照检查材料", untitled(1), "篇二：乙局对照检查材料", untitled(2)].join("\n"));
    expect(parts).toEqual([`甲局对照检查材料\n${untitled(1)}`, `乙局对照检查材料\n${untitled(2)}`]);
  });
});

describe("splitReports after a table of contents of the collection", () => {
  it("splits at the labels of the reports, not at those of the table", () => {
    const untitled = (n: number) => report(n).split("\n").slice(1).join("\n");
    const { parts } = splitReports(["目录", "篇一", "篇二", "篇一", untitled(1), "篇二", untitled(2)].join("\n"));
    expect(parts).toEqual([untitled(1), untitled(2)]);
  });
});
