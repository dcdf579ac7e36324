import { getCollection } from "astro:content";
import type { PassageSummary, ReportSummaryEntry } from "../schemas/report-summary.ts";
import { groupByEveryFacet } from "./facets.ts";
import { readReportSummaries } from "./report-summaries.ts";
import { reportTitle } from "./report-title.ts";
import type { ReviewRow } from "../schemas/review-row.ts";
import { themeListSummary, themeOrder } from "./theme-list.ts";

/** A report as the lists know it: its summary (src/schemas/report-summary.ts); src/lib/report-data.ts reads the rest. */
export type ReportEntry = ReportSummaryEntry;

/** A passage with the report it belongs to, for cross-report lists. */
export interface PassageRef {
  report: ReportEntry;
  title: string;
  passage: PassageSummary;
}

/** All reports in corpus order (by source path). */
export async function getReports(): Promise<ReportEntry[]> {
  return [...(await readReportSummaries())].sort((a, b) => a.data.order - b.data.order);
}

/** Every report's row of the reviewers' table (src/review/review-table.ts), in corpus order. */
export async function getReviewRows(): Promise<ReviewRow[]> {
  return (await getReports()).map((r) => r.data.reviewRow);
}

/** All themes in their configured order. */
export async function getThemes() {
  return (await getCollection("themes")).sort((a, b) => a.data.order - b.data.order);
}

/** Theme id → Chinese name. */
export async function themeNames(): Promise<Map<string, string>> {
  return new Map((await getThemes()).map((t) => [t.id, t.data.name]));
}

/** Every passage of the corpus with its report, in corpus order. */
export async function getPassages(): Promise<PassageRef[]> {
  return (await getReports()).flatMap((report) => {
    const title = reportTitle(report.data);
    return report.data.passages.map((passage) => ({ report, title, passage }));
  });
}

/** Every theme with its passages in list order (src/lib/theme-list.ts) and the list's summary in pages of `pageSize`: what the theme pages page through. */
export async function getThemeLists(pageSize: number) {
  // Each theme's passages in corpus order, in one pass over the corpus rather than one per theme.
  const byTheme = new Map<string, PassageRef[]>();
  for (const p of await getPassages()) {
    p.passage.themes.forEach((t, i) => {
      if (p.passage.themes.indexOf(t) !== i) return;
      const list = byTheme.get(t);
      if (list) list.push(p);
      else byTheme.set(t, [p]);
    });
  }
  return (await getThemes()).map((theme) => {
    const all = themeOrder(byTheme.get(theme.id) ?? [], theme.id);
    return { theme, all, summary: themeListSummary(all, theme.id, pageSize, groupByEveryFacet(all, (p) => p.report.data)) };
  });
}
