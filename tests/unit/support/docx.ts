// Builds a minimal .docx (the three parts Word needs) whose paragraphs are the given lines.
import { zip, type ZipOptions } from "./zip.ts";

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** XML-escapes text for a `<w:t>` element. */
function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One Word paragraph; split into two runs, as Word splits text wherever formatting or editing history changes. */
function paragraph(line: string): string {
  const half = Math.floor(line.length / 2);
  const run = (s: string) => `<w:r><w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`;
  return `<w:p>${run(line.slice(0, half))}${run(line.slice(half))}</w:p>`;
}

/** A .docx file with one paragraph per non-empty line of the text; `options` (and `extra` parts) to craft broken or oversized ones. */
export function docx(text: string, options: ZipOptions = {}, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const body = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map(paragraph)
    .join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zip({ "[Content_Types].xml": contentTypes, "_rels/.rels": rels, "word/document.xml": document, ...extra }, options);
}
