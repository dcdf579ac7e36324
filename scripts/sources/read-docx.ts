import { checkDocxSizes, docxLimits, type DocxLimits } from "../../src/parse/sources/docx-limits.ts";

/** The text of a .docx file, one paragraph per line (mammoth separates paragraphs with blank lines); throws if unreadable or too large. */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = docxLimits): Promise<string> {
  await checkDocxSizes(bytes, limits);
  // Loaded on first use: most corpora have no Word files, and mammoth adds ~0.1 s to start-up.
  const { default: mammoth } = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}
