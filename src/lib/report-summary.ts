import type { Report } from "../schemas/report.ts";
import type { ReportSummary } from "../schemas/report-summary.ts";
import { reviewRow } from "../review/review-table.ts";
import { jsonDigest } from "./digest.ts";
import { passageTitle } from "./labels.ts";
import { reportTitle } from "./report-title.ts";
import { reportPath } from "./urls.ts";

/** What the `reports` collection keeps of a report (src/schemas/report-summary.ts). */
export function reportSummary(id: string, report: Report): ReportSummary {
  const { order, sections, passages, review, ...fields } = report;
  // The order only sorts lists (a list's key holds its reports in order): a report added before this one must not re-render its pages.
  // A report is JSON data (its schema holds no Map): digested as `digest(id, report)` would, only faster. The whole
  // report is written out once, without its review; the full digest adds the review to that.
  const wordingDigest = jsonDigest(JSON.stringify([id, { ...report, order: undefined, review: undefined }]));
  return {
    ...fields,
    order,
    digest: jsonDigest(JSON.stringify([wordingDigest, review])),
    wordingDigest,
    aspects: sections.flatMap((s) => s.aspects),
    lookalikeReports: [...new Set(passages.flatMap((p) => p.similar.map((m) => m.report)))].sort(),
    passages: passages.map((p) => ({
      id: p.id,
      section: p.section,
      aspect: p.aspect,
      themes: p.themes,
      confidence: p.confidence,
      basis: p.basis,
      echoesEarlier: p.echoesEarlier,
      title: passageTitle(p),
      lookalikes: p.similar.length,
    })),
    reviewRow: reviewRow(id, reportPath(id), reportTitle(report), report),
  };
}
