import { describe, expect, it } from "vitest";
import { reviewReport, type ReviewInput } from "../../../src/review/review-report.ts";
import { stockSet } from "../../../src/similarity/check/stock-phrases.ts";
import type { PrescribedList } from "../../../src/schemas/prescribed.ts";

const list: PrescribedList = {
  year: 2024,
  meeting: "民主生活会",
  theme: "党纪学习教育专题民主生活会",
  source: { notice: "测试用通知", issued: "2024", seen: ["https://example.invalid/"] },
  caseAnalysis: true,
  aspects: [
    { name: "纪律规矩", keywords: ["纪律规矩", "党纪"] },
    { name: "担当作为", keywords: ["担当作为"] },
  ],
};
const lists = new Map([["2024-民主生活会", list]]);
const stock = stockSet(["习近平新", "近平新时", "平新时代"]);
const passage = (id: string, section: ReviewInput["passages"][number]["section"], text: string, themes: string[] = []) => ({
  id,
  section,
  sectionHeading: "",
  aspect: section === "problem" ? 1 : 0,
  headline: text.split("。")[0] ?? "",
  text,
  themes,
});
const report: ReviewInput = {
  kind: "personal",
  year: 2024,
  meeting: "民主生活会",
  sections: [{ kind: "problem", heading: "一、存在的问题", aspects: [{ n: 1, heading: "在遵守党纪方面", intro: "", topic: "" }] }],
  passages: [
    passage("a1-1", "problem", "学习党纪不深。今年只参加了2次专题学习，对《中国共产党纪律处分条例》理解不透。", ["discipline"]),
    passage("a1-2", "problem", "担当不够。我们在推动工作上畏难，习近平新时代的要求落实不到位。", ["responsibility"]),
    passage("cause-1", "cause", "工作忙、任务重，没有静下心来学习。"),
    passage("cause-2", "cause", "理想信念有所弱化，党性锻炼放松。"),
    passage("measure-1", "measure", "严守纪律。年底前完成条例的全文学习，每季度至少自查1次。", ["discipline"]),
  ],
};

describe("reviewReport", () => {
  const r = reviewReport(report, { stock, lists });
  it("counts concrete problem items and names the vague ones", () => {
    expect(r.concreteShare).toBe(0.5);
    expect(r.concrete.concrete.map((e) => e.passage)).toEqual(["a1-1"]);
    expect(r.concrete.vague).toEqual(["a1-2"]);
    expect(r.concrete.caseAnalysis).toBeNull();
    // The test list says the year's notice asks for a typical case.
    expect(r.concrete.caseExpected).toBe(true);
  });
  it("covers the year's prescribed aspects from headings and items", () => {
    expect(r.prescribed?.covered).toEqual(["纪律规矩"]);
    expect(r.prescribed?.missing).toEqual(["担当作为"]);
    expect(r.prescribedNote).toBe("");
  });
  it("finds the roots the causes reach and the causes that are circumstances", () => {
    expect(r.causes.roots.filter((x) => x.evidence.length).map((x) => x.root)).toEqual(["理想信念", "党性修养"]);
    expect(r.causes.excuses).toEqual([{ passage: "cause-1", words: ["工作忙", "任务重"] }]);
  });
  it("lists problem types no measure takes up, and checkable measures", () => {
    expect(r.measures.unanswered).toEqual([{ theme: "responsibility", passages: ["a1-2"] }]);
    expect(r.measures.checkable).toEqual([{ passage: "measure-1", words: ["1", "年底前", "每季度", "至少"] }]);
  });
  it("flags the team's voice in a personal report, and expects a rectification review", () => {
    expect(r.voice.team).toEqual([{ passage: "a1-2", words: ["我们"] }]);
    expect(r.rectification).toEqual({ items: 0, expected: true });
  });
  it("measures stock wording", () => {
    expect(r.stock.stock).toBe(6);
    expect(r.stockShare).toBeCloseTo(6 / r.stock.han, 4);
    expect(r.stock.phrases).toEqual([{ text: "习近平新时代", count: 1 }]);
  });
  it("says why no list applies, without guessing", () => {
    expect(reviewReport({ ...report, year: null }, { stock, lists }).prescribedNote).toMatch(/年度不明/);
    expect(reviewReport({ ...report, meeting: null }, { stock, lists }).prescribedNote).toMatch(/会议不明/);
    expect(reviewReport({ ...report, year: 2013 }, { stock, lists }).prescribedNote).toMatch(/2013 年度民主生活会没有收录规定方面/);
    const none = reviewReport({ ...report, sections: [], passages: report.passages.filter((p) => p.section !== "problem") }, { stock, lists });
    expect(none.prescribedNote).toMatch(/没有识别出“存在的问题”部分/);
    expect(none.concreteShare).toBeNull();
  });
  it("does not apply the voice signal to a team report, nor expect a review of an unknown meeting", () => {
    const team = reviewReport({ ...report, kind: "team", meeting: "述职会" }, { stock, lists });
    expect(team.voice).toMatchObject({ applies: false, team: [] });
    expect(team.rectification.expected).toBeNull();
  });
});
