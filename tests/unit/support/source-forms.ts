// The forms people's files come in, made from a clean report: what the "every form" test feeds the pipeline.
import { docx } from "./docx.ts";
import { encodeGb18030 } from "./gb18030.ts";

/** The text's non-empty lines, trimmed. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** UTF-16 little-endian with a BOM, as Windows Notepad saves "Unicode". */
export function utf16le(text: string): Uint8Array {
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
}

/** UTF-8 with a BOM and CRLF line ends. */
export function utf8BomCrlf(text: string): Uint8Array {
  return new TextEncoder().encode(`\ufeff${text.replace(/\r?\n/g, "\r\n")}`);
}

export { docx, encodeGb18030 as gb18030 };

/** Where `pdfWrapped` put page numbers, and whether one of them falls inside a paragraph. */
export interface Wrapped {
  text: string;
  pageBreaks: number;
  splitsParagraph: boolean;
}

/**
 * Text as copied out of a PDF: each paragraph indented by two full-width spaces (or not) and hard-wrapped
 * every `width` columns, with a `— N —` page number line (between blank lines) every `pageLines` lines.
 */
export function pdfWrapped(text: string, { width = 34, pageLines = 25, indent = true } = {}): Wrapped {
  const out: string[] = [];
  let pageBreaks = 0;
  let splitsParagraph = false;
  let onPage = 0;
  for (const paragraph of lines(text)) {
    const lead = indent ? "\u3000\u3000" : "";
    const chunks: string[] = [];
    for (let at = 0, first = true; at < paragraph.length; first = false) {
      const take = first ? width - lead.length : width;
      chunks.push((first ? lead : "") + paragraph.slice(at, at + take));
      at += take;
    }
    chunks.forEach((chunk, i) => {
      out.push(chunk);
      if (++onPage === pageLines) {
        pageBreaks++;
        onPage = 0;
        if (i < chunks.length - 1) splitsParagraph = true;
        out.push("", `— ${pageBreaks} —`, "");
      }
    });
  }
  return { text: out.join("\n"), pageBreaks, splitsParagraph };
}

/** The report as Markdown: `#` title, `##` section headings, `###` short aspect headings, blank lines between paragraphs. */
export function markdown(text: string): string {
  return lines(text)
    .map((line, i) => {
      if (i === 0 && /对照检查材料$/u.test(line)) return `# ${line}`;
      if (/^[一二三四五六七八九十]+、[^。，]{2,30}$/u.test(line)) return `## ${line}`;
      if (/^（[一二三四五六七八九十]+）[^。，]{2,30}$/u.test(line)) return `### ${line}`;
      return line;
    })
    .join("\n\n");
}

const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** Rewrites of the enumerators into the other forms people write; each also applies to expected texts. */
export const enumeratorForms: Record<string, (text: string) => string> = {
  "（1） for 1、": (t) => t.replace(/^(\s*)(\d{1,2})[、.．]/gmu, "$1（$2）"),
  "(1) for 1、": (t) => t.replace(/^(\s*)(\d{1,2})[、.．]/gmu, "$1($2)"),
  "① for 1、": (t) => t.replace(/^(\s*)(\d{1,2})[、.．]/gmu, (_, s: string, n: string) => `${s}${circled[Number(n) - 1]}`),
  "１． (full-width) for 1、": (t) =>
    t.replace(/^(\s*)(\d{1,2})[、.．]/gmu, (_, s: string, n: string) => `${s}${n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}．`),
  "1） for 1、": (t) => t.replace(/^(\s*)(\d{1,2})[、.．]/gmu, "$1$2）"),
  "第一， for 一是": (t) => t.replace(/(?<=^|[。；;，,：:！？”」\s])([一二三四五六七八九十]+)是/gmu, "第$1，"),
  "(一) and （一) for （一）": (t) => {
    let k = 0;
    return t.replace(/^(\s*)（([一二三四五六七八九十]+)）/gmu, (_, s: string, n: string) => (k++ % 2 ? `${s}(${n})` : `${s}（${n})`));
  },
  "一． and 一. for 一、": (t) => t.replace(/^(\s*)([一二三四五六七八九十]+)、/gmu, (_, s: string, n: string) => `${s}${n}${n === "二" ? "." : "．"}`),
};
