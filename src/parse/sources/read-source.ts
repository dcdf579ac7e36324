import type { SourceFormat } from "../process-report.ts";
import { decode } from "./decode.ts";
import { DocxRefused, type DocxLimits } from "./docx-limits.ts";
import { sniffFormat } from "./sniff-format.ts";

/** A source file turned into text, with how it was read. */
export interface SourceText {
  text: string;
  format: SourceFormat;
  /** The detected encoding; null for .docx, which is not read as bytes of text. */
  encoding: string | null;
  /** What to check in a file that was still read (bytes that were unreadable and replaced), for the build report. */
  warnings: string[];
}

export interface ReadSourceOptions {
  /**
   * The text of a .docx within the limits, or a throw: mammoth, which Node and the browser load differently
   * (scripts/sources/read-docx.ts, src/scripts/check/read-draft-file.ts); both check the limits first.
   */
  docxText: (bytes: Uint8Array, limits?: DocxLimits) => Promise<string>;
  /** How far a .docx may unpack; lowered by tests, which must not build gigabyte files. */
  docxLimits?: DocxLimits;
}

/** Thrown for a file that cannot become a report; the message says what is wrong and what to do. */
export class SourceProblem extends Error {}

const formats: Record<string, SourceFormat> = { txt: "txt", text: "txt", md: "md", markdown: "md", docx: "docx" };

// What to tell people who drop in the formats they most often have.
const unsupported: Record<string, string> = {
  pdf: "PDF 文件不能直接读取：请在 PDF 阅读器中全选、复制文字，粘贴到记事本另存为 .txt 后放入（每行断开的文字和页码会自动处理）。",
  doc: "旧版 Word（.doc）文件不能直接读取：请用 Word 或 WPS 打开后另存为 .docx 或 .txt。",
  wps: "WPS 文字（.wps）文件不能直接读取：请用 WPS 打开后另存为 .docx 或 .txt。",
  ole: "这是旧版 Word（.doc）或其他 Office 文件，扩展名却不是 .doc：请用 Word 或 WPS 打开后另存为 .docx 或 .txt。",
};

/** Reads a source by its extension (any case) and its first bytes, and decodes it. */
export async function readSource(path: string, bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceText> {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  const format = formats[ext];
  if (!format) {
    throw new SourceProblem(
      unsupported[ext] ?? `不支持的文件类型“.${ext || "（无扩展名）"}”：请另存为 .txt（UTF-8）、.md 或 .docx 后放入来源文件夹。`,
    );
  }
  if (bytes.length === 0) throw new SourceProblem("文件是空的：请放入有内容的对照检查材料，或删除此文件。");
  const sniffed = sniffFormat(bytes);
  if (sniffed === "pdf") throw new SourceProblem(`这是 PDF 文件，扩展名却是 .${ext}。${unsupported.pdf}`);
  if (sniffed === "ole") throw new SourceProblem(unsupported.ole as string);
  // A Word file saved under a .txt name is still read as Word rather than as garbled text.
  if (format === "docx" || sniffed === "zip") {
    if (sniffed !== "zip") throw new SourceProblem("扩展名是 .docx，内容却不是 Word 文件：请用 Word 或 WPS 打开后重新另存为 .docx，或另存为 .txt。");
    return { text: await wordText(bytes, options), format: "docx", encoding: null, warnings: [] };
  }
  const { text, encoding, warnings } = decode(bytes);
  return { text, format, encoding, warnings };
}

/** The text of a Word file, or a SourceProblem saying what to do when it cannot be read. */
async function wordText(bytes: Uint8Array, options: ReadSourceOptions): Promise<string> {
  try {
    return await options.docxText(bytes, options.docxLimits);
  } catch (error) {
    if (error instanceof DocxRefused) throw new SourceProblem(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceProblem(`无法作为 Word（.docx）文件读取（${reason}）：文件可能已损坏，请用 Word 或 WPS 打开后重新另存为 .docx，或另存为 .txt。`);
  }
}
