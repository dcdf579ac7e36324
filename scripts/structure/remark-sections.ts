import type { Heading, Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { sectionKinds, type SectionKind } from "../../src/schemas/report.ts";
import { plain } from "../normalize/remark-normalize.ts";
import { bracketCn, classifySection, sectionHeading } from "./enumerators.ts";
import "./mdast-data.ts";

const titleWords = /对照检查|检视剖析|发言提纲|剖析材料|个人发言|检查材料|对照材料/u;
const closingStart = /^(以上|另外|此外，需要|特此|最后，?(恳请|请|诚恳))|批评指正|批评帮助/u;
// A heading that runs on into its body ends at `方面。` or, failing that, at its first full stop.
const aspectSplit = /^(.*?方面)[。：:；，,](.+)$/su;
const sentenceSplit = /^([^。]{4,60})。(.+)$/su;
// An item numbered in any style; `首先/最后` are left out since `最后，恳请…` opens the closing.
const numberedItem = /^(\d|[①-⑳]|[（(]\d|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、：:])/u;

/**
 * Finds the title, the section headings (classified by their words), the aspects of the
 * problem section and the closing remarks; tags every paragraph with its section and aspect.
 */
export function remarkSections() {
  return (tree: Root, file: VFile) => {
    const out: RootContent[] = [];
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === "paragraph");
    const firstSection = paragraphs.findIndex((p) => headingKind(plain(p)) !== null);
    file.data.structured = firstSection >= 0;
    let kind: SectionKind = "preamble";
    let aspect = 0;
    const closingFrom = closingIndex(paragraphs);

    paragraphs.forEach((p, i) => {
      const text = plain(p);
      if (i === 0 && isTitle(text, paragraphs[1])) {
        out.push(heading(1, text, {}));
        return;
      }
      const section = headingKind(text);
      if (section !== null) {
        kind = section.kind ?? nextKind(kind);
        aspect = 0;
        out.push(heading(2, section.text, { kind, marker: section.marker }));
        return;
      }
      if (closingFrom !== null && i >= closingFrom) kind = "closing";
      const asp = kind === "problem" ? bracketCn(text) : null;
      if (asp) {
        aspect++;
        const [, head = asp.rest, body = ""] = aspectSplit.exec(asp.rest) ?? sentenceSplit.exec(asp.rest) ?? [];
        out.push(heading(3, head.replace(/[。：:；，,]$/u, ""), { aspect, marker: asp.marker }));
        if (body?.trim()) out.push(paragraph(body.trim(), kind, aspect));
        return;
      }
      out.push(paragraph(text, kind, aspect));
    });
    tree.children = out;
  };
}

/** A section heading: `二、存在的主要问题`, or a short unnumbered line of heading words. */
function headingKind(text: string): { kind: SectionKind | null; marker: string; text: string } | null {
  const numbered = sectionHeading(text);
  if (numbered) return { kind: classifySection(numbered.rest), marker: numbered.marker, text: numbered.rest };
  // A short unnumbered line of heading words is a heading, unless it leads into a list (主要有以下原因：).
  if (text.length <= 16 && !/[。，；！？]/u.test(text) && !/如下|以下/u.test(text)) {
    const kind = classifySection(text);
    if (kind) return { kind, marker: "", text: text.replace(/[：:]$/u, "") };
  }
  return null;
}

/** A title line: short, not a sentence, names the genre or is followed by a longer lead-in. */
function isTitle(text: string, next: Paragraph | undefined): boolean {
  // Titles are noun phrases: a comma or a trailing colon makes the line a lead-in sentence.
  if (text.length > 60 || /[。；！？，,]|[：:]$/u.test(text) || sectionHeading(text) || bracketCn(text)) return false;
  return titleWords.test(text) || (next !== undefined && plain(next).length > 3 * text.length);
}

/** The paragraph where the closing remarks begin, searched after the last numbered item. */
function closingIndex(paragraphs: Paragraph[]): number | null {
  let at: number | null = null;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const text = plain(paragraphs[i] as Paragraph);
    if (headingKind(text) || bracketCn(text) || numberedItem.test(text)) break;
    if (closingStart.test(text)) at = i;
  }
  return at;
}

/** An unclassifiable numbered heading takes the kind that follows the previous one in the skeleton. */
function nextKind(kind: SectionKind): SectionKind {
  const order: SectionKind[] = sectionKinds.filter((k) => k !== "preamble" && k !== "closing");
  return order[Math.min(order.indexOf(kind) + 1, order.length - 1)] ?? "problem";
}

function heading(depth: 1 | 2 | 3, value: string, data: Heading["data"]): Heading {
  return { type: "heading", depth, data, children: [{ type: "text", value }] };
}

function paragraph(value: string, section: SectionKind, aspect: number): Paragraph {
  return { type: "paragraph", data: { section, aspect }, children: [{ type: "text", value }] };
}
