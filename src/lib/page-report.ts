import type { Passage, Report } from "../schemas/report.ts";

/** What a report page carries for its scripts (摘录 buttons, 下载 Word): one copy of the report's text and structure. */
export interface PageReport extends Pick<Report, "title" | "unit" | "role" | "meeting" | "year" | "sections"> {
  id: string;
  passages: Pick<Passage, "id" | "section" | "sectionHeading" | "aspect" | "headline" | "text">[];
}

export function pageReport(id: string, r: Report): PageReport {
  return {
    id,
    title: r.title,
    unit: r.unit,
    role: r.role,
    meeting: r.meeting,
    year: r.year,
    sections: r.sections,
    passages: r.passages.map((p) => ({ id: p.id, section: p.section, sectionHeading: p.sectionHeading, aspect: p.aspect, headline: p.headline, text: p.text })),
  };
}
