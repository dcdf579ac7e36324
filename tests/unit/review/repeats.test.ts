import { describe, expect, it } from "vitest";
import { repeatsOf, seriesOf, type SeriesReport } from "../../../src/review/repeats.ts";

const problem = "理论学习不够深入系统，满足于读原文、记笔记，对习近平新时代中国特色社会主义思想的丰富内涵领会不透，学用结合不紧密";
const other = "调查研究不够扎实，下基层蹲点少，听汇报多，对群众反映强烈的停车难问题没有跟踪推动解决，工作成效不明显";
const report = (id: string, year: number | null, problems: string[]): SeriesReport => ({ id, year, title: id, problems: problems.map((text, i) => ({ id: `a1-${i + 1}`, text })) });

describe("seriesOf", () => {
  it("orders by year, reports without a year last, and names the gap years", () => {
    const s = seriesOf("甲", [report("c", 2024, []), report("x", null, []), report("a", 2021, [])]);
    expect(s.reports.map((r) => r.id)).toEqual(["a", "c", "x"]);
    expect(s.gaps).toEqual([2022, 2023]);
    expect(s.total).toBe(3);
  });
  it("lists at most 30 reports, those around the report's own", () => {
    const many = Array.from({ length: 100 }, (_, i) => report(`r${i}`, 1950 + i, []));
    const s = seriesOf("乙", many, "r80");
    expect(s.total).toBe(100);
    expect(s.reports).toHaveLength(30);
    expect(s.reports.map((r) => r.id)).toContain("r80");
  });
});

describe("repeatsOf", () => {
  it("finds a problem repeated from an earlier year, the latest earlier report first", () => {
    const older = report("r2021", 2021, [problem]);
    const last = report("r2022", 2022, [problem.replace("不够深入系统", "不够系统深入"), other]);
    const now = report("r2023", 2023, [problem.replace("领会不透", "领会不深"), "全新的问题：对分管的安全生产工作督促检查不够，隐患排查停留在表面，整改闭环不严"]);
    const repeats = repeatsOf(now, [older, last, now]);
    expect(repeats).toHaveLength(1);
    expect(repeats[0]).toMatchObject({ passage: "a1-1", earlier: "r2022#a1-1" });
  });
  it("compares nothing for a report without a year, nor with later reports", () => {
    const a = report("a", null, [problem]);
    const later = report("b", 2024, [problem]);
    expect(repeatsOf(a, [a, later])).toEqual([]);
    expect(repeatsOf(report("c", 2020, [problem]), [later])).toEqual([]);
  });
});
