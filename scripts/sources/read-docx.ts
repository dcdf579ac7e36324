import mammoth from "mammoth";

/** The text of a .docx file, one paragraph per line (mammoth separates paragraphs with blank lines); throws if unreadable. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}
