import { toCsvRows } from "../../lib/csv.ts";
import type { CheckReport } from "../../schemas/check-index.ts";
import type { CheckResult } from "./check-draft.ts";

/** A report the draft's matched items come from: how many items, and how many of the draft's Han characters. */
export interface SourceSummary {
  report: CheckReport;
  items: number;
  chars: number;
}

/** The reports the draft draws on, by the items whose closest match they hold, most characters first. */
export function topSources(result: CheckResult, limit = 5): SourceSummary[] {
  const byUrl = new Map<string, SourceSummary>();
  for (const item of result.items) {
    const best = item.matches[0];
    if (!best) continue;
    const s = byUrl.get(best.report.url) ?? { report: best.report, items: 0, chars: 0 };
    s.items++;
    s.chars += Math.round(best.similarity * item.han);
    byUrl.set(best.report.url, s);
  }
  return [...byUrl.values()].sort((a, b) => b.chars - a.chars || b.items - a.items || (a.report.url < b.report.url ? -1 : 1)).slice(0, limit);
}

/** A share as the page and the command print it: 12.3%. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The machine-readable result of one draft, as `npm run check -- --json` prints it and the page's CSV is made from. */
export function resultJson(file: string, result: CheckResult) {
  return {
    file,
    share: round(result.share),
    items: result.items.map((r) => ({
      section: r.item.section,
      headline: r.item.headline,
      share: round(r.han ? r.copied / r.han : 0),
      matches: r.matches.map((m) => ({ url: m.url, similarity: round(m.similarity) })),
    })),
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The result as CSV, one row per item and match (an item without a match has one row with the match cells empty). */
export function resultCsv(result: CheckResult, sectionLabel: (section: string) => string, base: string): string {
  const rows = [["条目", "部分", "标题句", "条目重复率", "来源报告", "来源位置", "相似度", "身份用语"]];
  result.items.forEach((r, i) => {
    const cells = [String(i + 1), sectionLabel(r.item.section), r.item.headline, percent(r.han ? r.copied / r.han : 0)];
    if (r.matches.length === 0) rows.push([...cells, "", "", "", ""]);
    for (const m of r.matches) rows.push([...cells, m.report.title, `${base}${m.url}`, percent(m.similarity), m.identity.map((w) => w.word).join("、")]);
  });
  return toCsvRows([["文字重复率", percent(result.share), `${result.copied} / ${result.han} 个汉字`], ...rows]);
}
