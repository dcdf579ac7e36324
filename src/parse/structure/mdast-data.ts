import type { SectionKind } from "../../schemas/report.ts";

// What the structure plugins record on mdast nodes, for the later plugins and the emitter.
declare module "mdast" {
  interface HeadingData {
    /** Set on depth-2 headings: the section kind. */
    kind?: SectionKind;
    /** Set on depth-3 headings: the 1-based aspect number. */
    aspect?: number;
    /** Set on a depth-2 heading the report does not have: what the section's kind was read from (see infer-sections.ts). */
    inferredFrom?: string;
    /** The enumerator the heading was written with (`二、`, `（一）`). */
    marker?: string;
    /** The heading in simplified characters, where the report is written in traditional ones (see remark-script.ts). */
    simplified?: string;
  }
  interface ParagraphData {
    /** The section the paragraph is in. */
    section?: SectionKind;
    /** The aspect it is in (problem section only), else 0. */
    aspect?: number;
    /** Whether the paragraph opens an item, continues the previous one, or is a lead-in. */
    role?: "item" | "continuation" | "intro";
    /** The item's enumerator as written, "" when unnumbered. */
    marker?: string;
    /** Theme ids, most fitting first (on item paragraphs). */
    themes?: string[];
    /** Confidence of the first theme (on item paragraphs). */
    confidence?: number;
    /** How the themes were found (on item paragraphs): see classify.ts. */
    basis?: "lexicon" | "profile" | "none";
    /** The text in simplified characters, where the report is written in traditional ones (see remark-script.ts). */
    simplified?: string;
  }
}

declare module "vfile" {
  interface DataMap {
    /** False when no section heading was found and the text is kept as one block. */
    structured: boolean;
    /** Set when the report is written in traditional characters: all its text as written and in simplified characters, of the same length. */
    script: { original: string; simplified: string };
  }
}
