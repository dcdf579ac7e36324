import type { ExcerptRef } from "../schemas/collection.ts";
import type { Passage, Report } from "../schemas/report.ts";
import { problemAspect } from "./problem-aspect.ts";
import { reportTitle } from "./report-title.ts";
import { reportPath } from "./urls.ts";

/** What a 摘录 button hands over for a passage of a report. */
export function excerptRef(
  reportId: string,
  report: Pick<Report, "sections" | "title" | "unit" | "role" | "meeting" | "year">,
  p: Pick<Passage, "id" | "section" | "aspect" | "headline" | "text">,
): ExcerptRef {
  const aspect = problemAspect(report.sections.flatMap((s) => s.aspects), p);
  return {
    reportId,
    passageId: p.id,
    url: `${reportPath(reportId)}#${p.id}`,
    reportTitle: reportTitle(report),
    section: p.section,
    aspectHeading: aspect?.heading ?? "",
    aspectTopic: aspect?.topic ?? "",
    headline: p.headline,
    text: p.text,
  };
}
