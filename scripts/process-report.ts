import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import type { Report } from "../src/schemas/report.ts";
import { collectStructure } from "./emit/collect-report.ts";
import { inferMetadata } from "./metadata/infer-metadata.ts";
import type { Glossary } from "./normalize/normalize-text.ts";
import { remarkNormalize } from "./normalize/remark-normalize.ts";
import { textParse } from "./normalize/text-parse.ts";
import { remarkItems } from "./structure/remark-items.ts";
import { remarkSections } from "./structure/remark-sections.ts";
import type { Lexicon } from "./themes/load-themes.ts";
import { remarkThemes } from "./themes/remark-themes.ts";

/** What every report is processed with. */
export interface ProcessOptions {
  glossary: Glossary;
  lexicons: Lexicon[];
}

/** A processed report: its data (the frontmatter) and its annotated tree (the Markdown body). */
export interface Processed {
  report: Omit<Report, "order">;
  tree: Root;
}

/** Runs one decoded source through normalize → sections → items → themes and reads its structure. */
export async function processReport(text: string, source: string, options: ProcessOptions): Promise<Processed> {
  const processor = unified()
    .use(textParse)
    .use(remarkNormalize, { glossary: options.glossary })
    .use(remarkSections)
    .use(remarkItems)
    .use(remarkThemes, { lexicons: options.lexicons });
  const file = new VFile({ value: text, path: source });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const { title, sections, passages } = collectStructure(tree);
  const fileName = source.split("/").pop() ?? source;
  const meta = inferMetadata({
    title,
    fileName,
    preamble: passages.filter((p) => p.section === "preamble").map((p) => p.text).join("\n"),
    text: passages.map((p) => p.text).join("\n"),
  });
  const { evidence, ...fields } = meta;
  if (title) evidence.unshift({ field: "title", from: "title", match: title });
  return {
    report: {
      title,
      ...fields,
      themes: reportThemes(passages.map((p) => p.themes)),
      source,
      structured: file.data.structured ?? false,
      sections,
      passages,
      evidence,
    },
    tree,
  };
}

/** A report's themes by how many of its passages carry them (first themes count double), ties by id. */
export function reportThemes(passageThemes: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const themes of passageThemes) themes.forEach((t, i) => counts.set(t, (counts.get(t) ?? 0) + (i === 0 ? 2 : 1)));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}
