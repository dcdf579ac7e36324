import { processReport } from "../../parse/process-report.ts";
import { unescapePasted } from "../../parse/normalize/unescape-pasted.ts";
import type { ReviewInput } from "../../review/review-report.ts";
import type { CheckParseOptions } from "../../schemas/check-index.ts";
import type { ThemeModel } from "../../themes/model.ts";
import type { Report } from "../../schemas/report.ts";
import type { DraftItem } from "./check-draft.ts";

/** A draft read as the corpus is: its items and what its text says of it. */
export interface ParsedDraft {
  items: DraftItem[];
  report: Pick<Report, "title" | "kind" | "unit" | "role" | "year" | "meeting" | "themes" | "structured">;
  /** What the 审读 signals read (src/review/review-report.ts): `passages` are `items`, in the same order, with their ids and aspects. */
  review: Omit<ReviewInput, "id" | "passages"> & { passages: (ReviewInput["passages"][number] & Pick<Report["passages"][number], "aspect">)[] };
}

/**
 * Parses a draft with the build's own pipeline (src/parse/process-report.ts), the glossary the build used and the
 * classifier's model as self-training left it, so its items are placed as the corpus's were.
 */
export async function parseDraft(text: string, name: string, options: CheckParseOptions, model: ThemeModel): Promise<ParsedDraft> {
  const { text: unescaped } = unescapePasted(text);
  const { report } = await processReport(unescaped, name, { glossary: new Map(options.glossary), model });
  return {
    items: report.passages.map((p) => ({
      section: p.section,
      heading: p.sectionHeading,
      headline: p.headline,
      text: p.text,
      ...(p.simplified ? { simplified: p.simplified } : {}),
      themes: p.themes,
    })),
    report: { title: report.title, kind: report.kind, unit: report.unit, role: report.role, year: report.year, meeting: report.meeting, themes: report.themes, structured: report.structured },
    review: {
      kind: report.kind,
      year: report.year,
      meeting: report.meeting,
      sections: report.sections,
      passages: report.passages.map(({ id, section, sectionHeading, aspect, headline, text, simplified, themes }) => ({ id, section, sectionHeading, aspect, headline, text, simplified, themes })),
    },
  };
}
