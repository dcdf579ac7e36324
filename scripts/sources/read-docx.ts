import mammoth from "mammoth";
import { SourceProblem } from "./source-problem.ts";

/** The text of a .docx file, one paragraph per line (mammoth separates paragraphs with blank lines). */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceProblem(
      `无法作为 Word（.docx）文件读取（${reason}）：文件可能已损坏或并非 Word 文件，请用 Word 或 WPS 打开后重新另存为 .docx，或另存为 .txt。`,
    );
  }
}
