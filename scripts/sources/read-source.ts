import { decode } from "../decode/decode.ts";

/** A source file turned into text, with how it was read. */
export interface SourceText {
  text: string;
  /** txt or md. */
  format: string;
  encoding: string;
}

/** Thrown for a file that cannot become a report; the message says what to do. */
export class SourceProblem extends Error {}

const textFormats: Record<string, string> = { txt: "txt", text: "txt", md: "md", markdown: "md" };

/** Reads a source by its extension (any case) and decodes it. */
export function readSource(path: string, bytes: Uint8Array): SourceText {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  const format = textFormats[ext];
  if (!format) {
    throw new SourceProblem(`不支持的文件类型“.${ext || "（无扩展名）"}”：请另存为 .txt（UTF-8）、.md 或 .docx 后放入来源文件夹。`);
  }
  if (bytes.length === 0) throw new SourceProblem("文件是空的：请放入有内容的对照检查材料，或删除此文件。");
  const { text, encoding } = decode(bytes);
  return { text, format, encoding };
}
