import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { searchKey } from "../../../../src/text/script.ts";
import { processText } from "../../helpers.ts";

// A short report written for this test, and its twin in traditional characters with readings left in two words.
const simplified = [
  "区教育局党组书记2023年度民主生活会对照检查材料",
  "按照民主生活会的通知要求，我认真学习了规定篇目，广泛征求了意见，现将个人对照检查情况报告如下。",
  "一、存在的主要问题",
  "（一）理论学习方面",
  "1、学习不够深入。对党的创新理论满足于读原文、记笔记，学用脱节，浅尝辄止，没有真正做到学懂弄通。",
  "2、调查研究不够。到学校实地走访少，听汇报多，对群众的急难愁盼了解不深。",
  "（二）作风建设方面",
  "1、形式主义依然存在。布置工作习惯于开会发文，文山会海问题没有根本解决。",
  "2、斗争精神不强。对身边同志的问题碍于情面，批评与自我批评辣味不足，存在好人主义。",
  "二、原因分析",
  "（一）理想信念有所放松。对改造主观世界重视不够，党性锻炼抓得不紧。",
  "（二）宗旨意识有所淡化。以人民为中心的发展思想树得不牢。",
  "三、整改措施",
  "（一）坚持学懂弄通做实。制定个人学习计划，每月撰写一篇学习体会。",
  "（二）大兴调查研究之风。每季度深入基层学校调研不少于两次，解决群众急难愁盼问题。",
  "以上是我的对照检查，请同志们批评指正。",
].join("\n");
const traditional = OpenCC.Converter({ from: "cn", to: "tw" })(simplified).replace("學習了", "學(xué)習(xí)了").replace("學習計劃", "學（xué）習（xí）計劃");

describe("a report in traditional characters", () => {
  it("is read as its simplified twin: same sections, aspects, items, themes and metadata", async () => {
    const [a, b] = await Promise.all([processText(simplified, "x/简体.txt"), processText(traditional, "x/繁體.txt")]);
    const shape = ({ report: r }: typeof a) => ({
      structured: r.structured,
      sections: r.sections.map((s) => ({ kind: s.kind, aspects: s.aspects.length })),
      passages: r.passages.map((p) => ({ id: p.id, section: p.section, aspect: p.aspect, marker: p.marker, themes: p.themes })),
      meta: { unit: r.unit, role: r.role, meeting: r.meeting, year: r.year },
      themes: r.themes,
    });
    expect(shape(a).sections.map((s) => s.kind)).toEqual(["preamble", "problem", "cause", "measure", "closing"]);
    expect(shape(b)).toEqual(shape(a));
  });

  it("shows the characters as written, readings dropped, and keeps the simplified text beside them", async () => {
    const [a, b] = await Promise.all([processText(simplified, "x/简体.txt"), processText(traditional, "x/繁體.txt")]);
    expect(b.report.title).toBe("區教育局黨組書記2023年度民主生活會對照檢查材料");
    expect(b.report.sections.map((s) => s.heading)).toContain("二、原因分析");
    expect(b.report.sections.find((s) => s.kind === "problem")?.aspects.map((x) => x.heading)).toEqual(["理論學習方面", "作風建設方面"]);
    b.report.passages.forEach((p, i) => {
      const twin = a.report.passages[i];
      expect(p.text).not.toBe(twin?.text);
      expect(p.text).not.toMatch(/[a-z]/u);
      expect(p.simplified).toHaveLength(p.text.length);
      expect(searchKey(p.text)).toBe(searchKey(twin?.text ?? ""));
      expect(twin?.simplified).toBeUndefined();
    });
    expect(b.report.passages[0]?.text).toContain("學習了規定篇目");
    expect(b.report.passages.find((p) => p.id === "a1-1")?.headline).toBe("學習不夠深入");
    expect(b.notes.join("\n")).toMatch(/繁体字/u);
    expect(a.notes.join("\n")).not.toMatch(/繁体字/u);
  });

  it("keeps a report in simplified characters as it is", async () => {
    const { report } = await processText(simplified, "x/简体.txt");
    expect(report.passages[0]?.text).toContain("我认真学习了规定篇目");
    expect(report.title).toBe("区教育局党组书记2023年度民主生活会对照检查材料");
  });
});
