// Shared helpers for the unit tests: the repo's glossary and lexicons, and a stable summary of a processed report.
import { join } from "node:path";
import { loadGlossary } from "../../scripts/normalize/load-glossary.ts";
import { processReport, type ProcessOptions, type Processed } from "../../src/parse/process-report.ts";
import { loadThemes } from "../../scripts/themes/load-themes.ts";
import { trainModel } from "../../src/themes/train-model.ts";

export const repoRoot = join(import.meta.dirname, "..", "..");

let options: Promise<ProcessOptions> | undefined;

/** The glossary and lexicons shipped in content/, loaded once. */
export function processOptions(): Promise<ProcessOptions> {
  options ??= Promise.all([
    loadGlossary(join(repoRoot, "content", "glossary.yaml")),
    loadThemes(join(repoRoot, "content", "themes")),
  ]).then(([glossary, lexicons]) => ({ glossary, model: trainModel(lexicons) }));
  return options;
}

/** processReport with the repo's glossary and lexicons. */
export async function processText(text: string, source: string): Promise<Processed> {
  return processReport(text, source, await processOptions());
}

/** The structure of a report without themes, confidence or evidence: what the fixtures pin down. */
export interface StructureSummary {
  title: string | null;
  kind: string;
  unit: string | null;
  role: string | null;
  roleGroup: string | null;
  meeting: string | null;
  year: number | null;
  structured: boolean;
  sections: { kind: string; heading: string; intro: string; aspects: { n: number; heading: string }[] }[];
  passages: { id: string; section: string; aspect: number; marker: string; headline: string; text: string }[];
}

export function summarize({ report }: Processed): StructureSummary {
  return {
    title: report.title,
    kind: report.kind,
    unit: report.unit,
    role: report.role,
    roleGroup: report.roleGroup,
    meeting: report.meeting,
    year: report.year,
    structured: report.structured,
    sections: report.sections.map((s) => ({
      kind: s.kind,
      heading: s.heading,
      intro: s.intro,
      aspects: s.aspects.map((a) => ({ n: a.n, heading: a.heading })),
    })),
    passages: report.passages.map((p) => ({
      id: p.id,
      section: p.section,
      aspect: p.aspect,
      marker: p.marker,
      headline: p.headline,
      text: p.text,
    })),
  };
}
