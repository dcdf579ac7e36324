import type { Passage, Report } from "../schemas/report.ts";

/**
 * A report's data file (data/reports/<id>.json): its text and structure, for the pages' scripts (摘录 buttons,
 * 下载 Word) and the 查重, which reads the text of the passages it compares from here.
 */
export interface PageReport extends Pick<Report, "title" | "unit" | "role" | "meeting" | "year" | "sections"> {
  id: string;
  passages: Pick<Passage, "id" | "section" | "sectionHeading" | "aspect" | "headline" | "text" | "simplified">[];
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
    passages: r.passages.map((p) => ({ id: p.id, section: p.section, sectionHeading: p.sectionHeading, aspect: p.aspect, headline: p.headline, text: p.text, ...(p.simplified ? { simplified: p.simplified } : {}) })),
  };
}
