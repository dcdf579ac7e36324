// A draft's 审读 signals: computed from the parsed draft as a report's are, explained with evidence pointing at its items.
import { describe, expect, it } from "vitest";
import { explainDraft, reviewDraft } from "../../../src/review/review-draft.ts";
import type { PrescribedList } from "../../../src/schemas/prescribed.ts";
import { parseDraft } from "../../../src/similarity/check/parse-draft.ts";
import { processOptions } from "../helpers.ts";

const list: PrescribedList = {
  year: 2024,
  meeting: "民主生活会",
  theme: "党纪学习教育专题民主生活会",
  source: { notice: "测试用通知", issued: "2024", seen: ["https://example.invalid/"] },
  caseAnalysis: false,
  aspects: [
    { name: "纪律规矩", keywords: ["党纪", "纪律规矩"] },
    { name: "担当作为", keywords: ["担当作为"] },
  ],
};

const text = `2024年度党纪学习教育专题民主生活会个人对照检查材料

一、存在的主要问题
（一）在学习党纪方面
1.学习不够系统。今年参加专题学习只有2次，对《中国共产党纪律处分条例》的新修订内容理解不透。
2.运用不够经常。对照条例检视自身的时候少，遇事先想惯例、后想规矩。
（二）在联系群众方面
1.调研走过场。到联系点多是听汇报，去年走访困难户不到5户。
二、原因分析
1.理想信念有所松懈，对党性锻炼的要求放松了。
2.工作忙、任务重，没有静下心来学习。
三、整改措施
1.严守党纪。年底前把条例通读一遍，每季度至少自查1次。
`;

async function parsed() {
  const { glossary, model } = await processOptions();
  return parseDraft(text, "草稿.txt", { glossary: [...glossary] }, model);
}

describe("reviewDraft", () => {
  it("reads the draft's year, meeting, sections and items, and computes its signals against the lists", async () => {
    const draft = await parsed();
    expect(draft.review.year).toBe(2024);
    expect(draft.review.meeting).toContain("民主生活会");
    expect(draft.review.passages.map((p) => p.id)).toEqual(draft.review.passages.map((p) => p.id).filter((id, i, all) => all.indexOf(id) === i));
    expect(draft.review.passages.map((p) => p.text)).toEqual(draft.items.map((i) => i.text));
    const review = reviewDraft(draft, { stock: { k: 4, maxLength: 30, runs: [] } }, [list]);
    expect(review.prescribed?.covered).toEqual(["纪律规矩"]);
    expect(review.prescribed?.missing).toEqual(["担当作为"]);
    expect(review.concrete.items).toBe(3);
    expect(review.concrete.vague).toHaveLength(1);
    expect(review.series).toBeNull();
  });

  it("explains the signals with links to the draft's items, an aspect heading at the aspect's first item, and without 年复一年", async () => {
    const draft = await parsed();
    const review = reviewDraft(draft, { stock: { k: 4, maxLength: 30, runs: [] } }, [list]);
    const signals = explainDraft(draft, review, { href: (id) => `#item-${id}`, themeName: (id) => id });
    expect(signals.map((s) => s.key)).not.toContain("repeats");
    const ids = new Set(draft.review.passages.map((p) => `#item-${p.id}`));
    const hrefs = signals.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.href)));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(ids).toContain(href);
    const prescribed = signals.find((s) => s.key === "prescribed");
    expect(prescribed?.groups.flatMap((g) => g.items.map((i) => i.href))).toEqual([`#item-${draft.review.passages.find((p) => p.aspect === 1)?.id}`]);
  });
});
