import { describe, expect, it } from "vitest";
import { reportThemes } from "../../../src/parse/process-report.ts";
import { processText } from "../helpers.ts";

describe("reportThemes", () => {
  it("ranks by passages, a first theme counting double, ties by id", () => {
    expect(reportThemes([["b", "a"], ["a"], ["c", "b"], []])).toEqual(["a", "b", "c"]);
    expect(reportThemes([["z"], ["y"]])).toEqual(["y", "z"]);
  });

  it("is empty without themes", () => {
    expect(reportThemes([])).toEqual([]);
  });
});

describe("processReport", () => {
  const text = [
    "按照通知要求，本人认真准备，现将对照检查情况汇报如下。",
    "一、存在的主要问题",
    "（一）工作作风方面",
    "一是斗争性不强。存在好人主义思想，碍于情面，对同事的问题不及时提醒批评。",
    "二是调查研究不多。下基层调研时间少，书面了解多、实地走访少。",
    "二、整改措施",
    "1、敢于斗争。认真开展批评与自我批评，不搞好人主义。",
    "以上是我的对照检查，请批评指正。",
  ].join("\n");

  it("tags items with themes and the report with its most frequent themes", async () => {
    const { report } = await processText(text, "x/a.txt");
    const byId = Object.fromEntries(report.passages.map((p) => [p.id, p]));
    expect(byId["a1-1"]?.themes[0]).toBe("struggle");
    expect(byId["a1-2"]?.themes[0]).toBe("investigation");
    expect(byId["measure-1"]?.themes[0]).toBe("struggle");
    expect(report.themes[0]).toBe("struggle");
  });

  it("keeps confidence between 0 and 1, 0 where there is no theme", async () => {
    const { report } = await processText(text, "x/a.txt");
    for (const p of report.passages) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      if (p.themes.length === 0) expect(p.confidence).toBe(0);
    }
  });

  it("strips markers from the text and gives preamble and closing no headline", async () => {
    const { report } = await processText(text, "x/a.txt");
    for (const p of report.passages) expect(p.text).not.toMatch(/^(一是|二是|1、)/);
    for (const p of report.passages.filter((x) => x.section === "preamble" || x.section === "closing")) {
      expect(p.headline).toBe("");
    }
  });

  it("records the source path as given", async () => {
    expect((await processText(text, "2021/sub/a.txt")).report.source).toBe("2021/sub/a.txt");
  });

  it("is deterministic", async () => {
    const a = await processText(text, "x/a.txt");
    const b = await processText(text, "x/a.txt");
    expect(b.report).toEqual(a.report);
  });
});
