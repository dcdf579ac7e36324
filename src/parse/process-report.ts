import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import type { ParsedReport } from "../schemas/report.ts";
import type { SourceMeta } from "../schemas/source-meta.ts";
import { comparedText, toSimplified } from "../text/script.ts";
import { collectStructure } from "./collect-report.ts";
import { applyOverrides } from "./metadata/apply-overrides.ts";
import { inferMetadata } from "./metadata/infer-metadata.ts";
import { remarkFrontmatterMeta } from "./metadata/remark-frontmatter-meta.ts";
import { markdownParse } from "./normalize/markdown-parse.ts";
import type { Glossary } from "./normalize/normalize-text.ts";
import { remarkDropPageNumbers } from "./normalize/remark-drop-page-numbers.ts";
import { remarkNormalize } from "./normalize/remark-normalize.ts";
import { remarkRejoinLines } from "./normalize/remark-rejoin-lines.ts";
import { remarkStripFurniture } from "./normalize/remark-strip-furniture.ts";
import { remarkRestoreScript, remarkSimplify } from "./normalize/remark-script.ts";
import { textParse } from "./normalize/text-parse.ts";
import { remarkItems } from "./structure/remark-items.ts";
import { remarkSections } from "./structure/remark-sections.ts";
import { remarkSplitRunon } from "./structure/remark-split-runon.ts";
import type { ThemeModel } from "../themes/model.ts";
import { remarkThemes } from "../themes/remark-themes.ts";

/** The formats a source is read as: plain text, Markdown (with frontmatter), Word. */
export type SourceFormat = "txt" | "md" | "docx";

/** What every report is processed with. */
export interface ProcessOptions {
  glossary: Glossary;
  /** The classifier's model before the corpus lends its passages (see src/themes/train-model.ts). */
  model: ThemeModel;
}

/** How one source was read, beyond its text. */
export interface SourceInfo {
  /** md sources are parsed as Markdown (headings, frontmatter); the others as lines of text. */
  format?: SourceFormat;
  /** Overrides from the source's sidecar `<source>.meta.yaml`. */
  sidecar?: SourceMeta;
  /** Which report of a file holding several this is (1-based); 0 when the file holds one. */
  part?: number;
}

/** A processed report: its data (the frontmatter), its annotated tree (the Markdown body) and what went wrong on the way. */
export interface Processed {
  report: ParsedReport;
  tree: Root;
  /** Problems that did not stop the report, each saying what to do. */
  warnings: string[];
  /** What was done to the text on the way (furniture stripped, bytes replaced), for the build report. */
  notes: string[];
}

/**
 * Runs one decoded source through parse (text or Markdown) → frontmatter → site furniture → page numbers → rejoin wrapped
 * lines → normalize → simplified characters → split run-on paragraphs → sections → items → themes → characters as
 * written, reads its structure, and sets its metadata.
 */
export async function processReport(text: string, source: string, options: ProcessOptions, info: SourceInfo = {}): Promise<Processed> {
  const processor = unified()
    .use(info.format === "md" ? markdownParse : textParse)
    .use(remarkFrontmatterMeta)
    .use(remarkStripFurniture)
    .use(remarkDropPageNumbers)
    .use(remarkRejoinLines)
    .use(remarkNormalize, { glossary: options.glossary })
    .use(remarkSimplify)
    .use(remarkSplitRunon)
    .use(remarkSections)
    .use(remarkItems)
    .use(remarkThemes, { model: options.model })
    .use(remarkRestoreScript);
  const file = new VFile({ value: text, path: source });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const { title, sections, passages } = collectStructure(tree);
  const fileName = source.split("/").pop() ?? source;
  // Metadata is read in simplified characters, so that a traditional report's 單位 and 職務 join the same facets.
  const inferred = inferMetadata({
    title: title && file.data.script ? toSimplified(title) : title,
    fileName,
    preamble: passages.filter((p) => p.section === "preamble").map(comparedText).join("\n"),
    text: passages.map(comparedText).join("\n"),
    // A kind a person gave is not inferred, and the role is read for it (a team report's role is the team).
    kind: info.sidecar?.kind ?? file.data.frontmatter?.kind,
  });
  if (title) inferred.evidence.unshift({ field: "title", from: "title", match: title });
  // The author is never inferred: only a person can say whose report it is.
  const meta = applyOverrides({ title, author: null, ...inferred }, [
    ["frontmatter", file.data.frontmatter],
    ["sidecar", info.sidecar],
  ]);
  return {
    report: {
      ...meta,
      themes: reportThemes(passages.map((p) => p.themes)),
      source,
      part: info.part ?? 0,
      structured: file.data.structured ?? false,
      sections,
      passages,
    },
    tree,
    // `file.message()` reports a problem; `file.info()` a note of what was done.
    warnings: file.messages.filter((m) => m.fatal === false).map((m) => m.reason),
    notes: file.messages.filter((m) => m.fatal !== false).map((m) => m.reason),
  };
}

/** A report's themes by how many of its passages carry them (first themes count double), ties by id. */
export function reportThemes(passageThemes: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const themes of passageThemes) themes.forEach((t, i) => counts.set(t, (counts.get(t) ?? 0) + (i === 0 ? 2 : 1)));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}
