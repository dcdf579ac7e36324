import { toCsvRows } from "../lib/csv.ts";
import { kindLabels } from "../lib/labels.ts";
import { percent } from "../similarity/check/summary.ts";
import type { Kind } from "../schemas/report.ts";
import type { Review } from "../schemas/review.ts";
import type { ReviewRow } from "../schemas/review-row.ts";

export type { ReviewRow };

/** The row of a report. */
export function reviewRow(
  id: string,
  url: string,
  title: string,
  r: { year: number | null; meeting: string | null; unit: string | null; kind: Kind; author: string | null; review: Review },
): ReviewRow {
  const v = r.review;
  return {
    id,
    url,
    title,
    year: r.year,
    meeting: r.meeting,
    unit: r.unit,
    kind: r.kind,
    author: r.author,
    stockShare: v.stockShare,
    concreteShare: v.concreteShare,
    prescribedCovered: v.prescribed ? v.prescribed.covered.length : null,
    prescribedTotal: v.prescribed ? v.prescribed.covered.length + v.prescribed.missing.length : null,
    missingAspects: v.prescribed?.missing ?? [],
    roots: v.causes.items ? v.causes.roots.filter((x) => x.evidence.length).length : null,
    excuses: v.causes.excuses.length,
    checkable: v.measures.checkable.length,
    measures: v.measures.items,
    unanswered: v.measures.unanswered.length,
    rectification: v.rectification.items,
    rectificationExpected: v.rectification.expected,
    teamVoice: v.voice.applies ? v.voice.team.length : null,
    repeats: v.repeats.length,
    series: v.series?.total ?? 0,
  };
}

/** A column of the table and the CSV: its heading, the value it sorts by (null last), and its text. */
export interface ReviewColumn {
  key: string;
  label: string;
  /** What the figure means, for the heading's title and the page's legend. */
  help: string;
  sort: (r: ReviewRow) => number | string | null;
  text: (r: ReviewRow) => string;
}

export const reviewColumns: ReviewColumn[] = [
  { key: "title", label: "报告", help: "报告标题，链接到报告页的审读一节", sort: (r) => r.title, text: (r) => r.title },
  { key: "year", label: "年度", help: "会议所属年度", sort: (r) => r.year, text: (r) => (r.year === null ? "—" : String(r.year)) },
  { key: "meeting", label: "会议", help: "民主生活会或组织生活会", sort: (r) => r.meeting, text: (r) => r.meeting ?? "—" },
  { key: "unit", label: "单位", help: "单位", sort: (r) => r.unit, text: (r) => r.unit ?? "—" },
  { key: "kind", label: "个人/班子", help: "个人材料或班子材料", sort: (r) => r.kind, text: (r) => kindLabels[r.kind] },
  { key: "author", label: "署名", help: "旁注文件或 frontmatter 中的 author", sort: (r) => r.author, text: (r) => r.author ?? "" },
  { key: "stockShare", label: "套话", help: "套话中的汉字占全部条目汉字的比例", sort: (r) => r.stockShare, text: (r) => percent(r.stockShare) },
  { key: "concreteShare", label: "具体", help: "有具体事实的问题条目所占比例", sort: (r) => r.concreteShare, text: (r) => (r.concreteShare === null ? "—" : percent(r.concreteShare)) },
  {
    key: "prescribed",
    label: "规定方面",
    help: "写到的当年规定方面 / 规定方面数",
    sort: (r) => (r.prescribedTotal ? (r.prescribedCovered ?? 0) / r.prescribedTotal : null),
    text: (r) => (r.prescribedTotal === null ? "—" : `${r.prescribedCovered} / ${r.prescribedTotal}`),
  },
  { key: "missingAspects", label: "没写到的方面", help: "当年规定而没有写到的方面", sort: (r) => r.missingAspects.length, text: (r) => r.missingAspects.join("；") },
  { key: "roots", label: "原因根源", help: "原因触及的根源数（理想信念、党性修养、宗旨意识、纪律规矩）", sort: (r) => r.roots, text: (r) => (r.roots === null ? "—" : `${r.roots} / 4`) },
  { key: "excuses", label: "客观原因", help: "只讲客观情况的原因条数", sort: (r) => r.excuses, text: (r) => String(r.excuses) },
  { key: "checkable", label: "措施有时限", help: "有时限或数量的措施 / 措施数", sort: (r) => (r.measures ? r.checkable / r.measures : null), text: (r) => (r.measures ? `${r.checkable} / ${r.measures}` : "—") },
  { key: "unanswered", label: "无措施的问题类型", help: "没有措施对应的问题类型数", sort: (r) => r.unanswered, text: (r) => String(r.unanswered) },
  {
    key: "rectification",
    label: "整改回顾",
    help: "上年度整改落实情况的条数",
    sort: (r) => r.rectification,
    text: (r) => (r.rectification ? `${r.rectification} 条` : r.rectificationExpected ? "无（应有）" : "无"),
  },
  { key: "teamVoice", label: "班子口吻", help: "个人材料中用班子口吻的问题条数", sort: (r) => r.teamVoice, text: (r) => (r.teamVoice === null ? "—" : String(r.teamVoice)) },
  { key: "repeats", label: "与往年重复", help: "与同一署名往年材料相同的问题条数", sort: (r) => r.repeats, text: (r) => (r.series > 1 ? String(r.repeats) : "—") },
];

/** Rows in a column's order, ascending or descending; unknown values last either way, ties in corpus order. */
export function sortRows(rows: ReviewRow[], key: string, descending: boolean): ReviewRow[] {
  const column = reviewColumns.find((c) => c.key === key);
  if (!column) return rows;
  const indexed = rows.map((row, i) => ({ row, i, v: column.sort(row) }));
  indexed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const d = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    return (descending ? -d : d) || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/** The rows as CSV (a spreadsheet opens it), with each report's address under `base`. */
export function reviewCsv(rows: ReviewRow[], base: string): string {
  return toCsvRows([[...reviewColumns.map((c) => c.label), "地址"], ...rows.map((r) => [...reviewColumns.map((c) => c.text(r)), `${base}${r.url}`])]);
}
