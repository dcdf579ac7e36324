import type { Root } from "mdast";
import { bracketCn, itemMarker, pointMarker, sectionHeading } from "../structure/enumerators.ts";
import { normalizeLine } from "./normalize-text.ts";
import { plain } from "./remark-normalize.ts";

export interface RejoinOptions {
  /** Narrowest line width, in characters, taken for a hard wrap (default 20). */
  minWidth?: number;
  /** Widest line width taken for a hard wrap (default 50). */
  maxWidth?: number;
  /** Share of all lines that must break mid-sentence at about the same width (default 0.3). */
  minShare?: number;
}

/** Lines ending with these end a sentence; a hard wrap breaks lines anywhere else. */
const sentenceEnd = /[。！？!?：:；;”’」』）)]$/u;
/** Punctuation inside a sentence; a line without any reads as a heading or a title. */
const sentencePunct = /[。，,；;！？!?]/u;
/** The end of an aspect heading or of a lead-in, after which a point (`一是`) starts a paragraph. */
const headingEnd = /(方面|如下|以下)[。：:]?$|[：:]$/u;
/** The set openings of closing remarks (`以上是我的对照检查`, `另外，需要说明…`). */
const closingStart = /^(以上(是|就是|为)|(另外|此外)，需要|特此)/u;
/** A line indented by a full-width space or two spaces: how a paragraph's first line is set. */
const indent = /^(\u3000|\s{2,})/u;
/** A line within this many characters of the wrap width is a full line, the paragraph going on. */
const slack = 2;
const noGlossary = new Map<string, string>();

/**
 * Rejoins text hard-wrapped every 30–40 characters (as copied out of a PDF) into its paragraphs.
 * An enumerator or, where only some lines are indented, an indent starts a paragraph; a line notably
 * shorter than the wrap width that ends a sentence, or reads as a heading, ends one. Text that is not
 * hard-wrapped is left as it is.
 */
export function remarkRejoinLines(options: RejoinOptions = {}) {
  const { minWidth = 20, maxWidth = 50, minShare = 0.3 } = options;
  return (tree: Root) => {
    if (!tree.children.every((node) => node.type === "paragraph")) return;
    const lines = tree.children.map(plain);
    const width = wrapWidth(lines, minWidth, maxWidth, minShare);
    if (width === null) return;
    tree.children = rejoin(lines, width).map((value) => ({ type: "paragraph", children: [{ type: "text", value }] }));
  };
}

/** The width the text was wrapped at (its commonest line length), or null when too few lines break mid-sentence near it. */
export function wrapWidth(lines: string[], minWidth: number, maxWidth: number, minShare: number): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const n = visibleLength(line);
    if (n >= minWidth && n <= maxWidth) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const width = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (width === undefined) return null;
  const broken = lines.filter((line) => Math.abs(visibleLength(line) - width) <= slack && !sentenceEnd.test(line.trim()));
  return broken.length >= 5 && broken.length >= lines.length * minShare ? width : null;
}

/** Joins wrapped lines into paragraphs (see remarkRejoinLines for the rules). */
function rejoin(lines: string[], width: number): string[] {
  const indented = lines.filter((line) => indent.test(line)).length;
  const indentTells = indented > 0 && indented < lines.length * 0.6;
  const paragraphs: string[] = [];
  let open = false;
  let afterShort = false;
  let previous = "";
  for (const raw of lines) {
    const line = raw.trim();
    const norm = normalizeLine(line, noGlossary);
    const full = visibleLength(raw) > width - slack;
    // `一是` may just as well fall at the start of a wrapped line; after a short line, or after a line that
    // ends an aspect heading or a lead-in (`…方面`, `…如下：`) it opens a paragraph.
    const pointOpens = pointMarker(norm) !== null && (afterShort || headingEnd.test(previous));
    // Closing remarks follow a full stop; a wrapped line rarely starts with their set words.
    const closingOpens = sentenceEnd.test(previous) && closingStart.test(norm);
    const opens = opensParagraph(norm, full) || pointOpens || closingOpens || (indentTells && indent.test(raw));
    if (open && !opens) {
      // Chinese has no spaces between words, so a wrapped line continues without one.
      paragraphs[paragraphs.length - 1] += line;
    } else {
      paragraphs.push(line);
    }
    // A full line goes on; a short one ends its paragraph if it ends a sentence or reads as a heading.
    const ends = sentenceEnd.test(norm) || !sentencePunct.test(norm);
    open = full || !ends;
    afterShort = !full;
    previous = norm;
  }
  return paragraphs;
}

/** A line opening with a section heading, `（一）`, `1、`, `（1）`, `①` or `首先，`: never the middle of a paragraph. */
function opensParagraph(line: string, full: boolean): boolean {
  // A heading is short, and numbered `三、` rather than `三，`: a line opening with `一，` is more likely 单一， or 举一反三，.
  const heading = sectionHeading(line);
  return (!full && heading !== null && !heading.marker.includes("，")) || bracketCn(line) !== null || itemMarker(line) !== null;
}

/** Columns a line fills: its characters without spaces (PDF justification adds some), plus its indent. */
function visibleLength(line: string): number {
  const lead = /^\s*/u.exec(line)?.[0] ?? "";
  const indentColumns = [...lead].reduce((n, c) => n + (c === "\u3000" ? 1 : 0.5), 0);
  return Math.floor(indentColumns) + line.replace(/\s/gu, "").length;
}
