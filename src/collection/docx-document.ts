// An outline as a Word document: the title, 一、 headings as Heading 1, （一） subheadings as Heading 2,
// points as a real numbered list (1. 2. … afresh under each heading), the sources last. Loaded only to export.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Paragraph, TextRun } from "docx";
import { numberedHeadings, type Outline } from "./outline.ts";

/** The numbering definition the points use; each group is its own instance, so it counts from 1. */
const points = "points";

/** 三号 (16 pt) in half-points, the size official documents are set in. */
const bodySize = 32;

/** First-line indent of two characters, in twentieths of a point, as the genre sets its paragraphs. */
const indent = { firstLine: 2 * bodySize * 10 };

/** The fonts the genre is set in where the reader has them (Word falls back to its own where not). */
const fonts = { body: "仿宋_GB2312", title: "方正小标宋简体", heading1: "黑体", heading2: "楷体_GB2312", latin: "Times New Roman" };

function font(eastAsia: string) {
  return { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia };
}

export function outlineDocument(outline: Outline): Document {
  const headings = numberedHeadings(outline);
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(outline.title)] })];
  let instance = 0;
  outline.sections.forEach((s, si) => {
    const h = headings[si];
    if (h?.section) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(h.section)] }));
    s.groups.forEach((g, gi) => {
      const sub = h?.groups[gi];
      if (sub) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(sub)] }));
      instance += 1;
      for (const p of g.paragraphs) {
        children.push(
          p.numbered
            ? new Paragraph({ numbering: { reference: points, level: 0, instance }, children: [new TextRun(p.text)] })
            : new Paragraph({ indent, children: [new TextRun(p.text)] }),
        );
      }
    });
  });
  if (outline.sources.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("材料来源")] }));
    instance += 1;
    for (const s of outline.sources) children.push(new Paragraph({ numbering: { reference: points, level: 0, instance }, children: [new TextRun(`${s.title} ${s.url}`)] }));
  }
  return new Document({
    title: outline.title,
    // Fixed, so that one outline always gives the same document.
    creator: "对照检查材料库",
    styles: {
      default: {
        document: { run: { font: font(fonts.body), size: bodySize }, paragraph: { spacing: { line: 560 } } },
        title: { run: { font: font(fonts.title), size: 44, color: "000000" }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: font(fonts.heading1), size: bodySize, bold: false, color: "000000" }, paragraph: { indent } },
        heading2: { run: { font: font(fonts.heading2), size: bodySize, bold: false, color: "000000" }, paragraph: { indent } },
      },
    },
    numbering: {
      config: [
        {
          reference: points,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
        },
      ],
    },
    sections: [{ children }],
  });
}
