import { processReport } from "../../parse/process-report.ts";
import { unescapePasted } from "../../parse/normalize/unescape-pasted.ts";
import type { CheckParseOptions } from "../../schemas/check-index.ts";
import type { ThemeModel } from "../../themes/model.ts";
import type { Report } from "../../schemas/report.ts";
import type { DraftItem } from "./check-draft.ts";

/** A draft read as the corpus is: its items and what its text says of it. */
export interface ParsedDraft {
  items: DraftItem[];
  report: Pick<Report, "title" | "kind" | "unit" | "role" | "year" | "themes" | "structured">;
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
    report: { title: report.title, kind: report.kind, unit: report.unit, role: report.role, year: report.year, themes: report.themes, structured: report.structured },
  };
}
