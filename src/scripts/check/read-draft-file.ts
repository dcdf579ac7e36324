import { checkDocxSizes, type DocxLimits } from "../../parse/sources/docx-limits.ts";
import { readSource } from "../../parse/sources/read-source.ts";
import { maxDraftBytes, megabytes } from "../../similarity/check/limits.ts";

/** mammoth's browser build, loaded only when a Word file is opened (it is some 400 kB). */
async function docxText(bytes: Uint8Array, limits?: DocxLimits): Promise<string> {
  await checkDocxSizes(bytes, limits);
  const { default: mammoth } = await import("mammoth/mammoth.browser.min.js");
  const { value } = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer });
  return value;
}

/** A file the reader opened, read in the browser as the build reads a source: .txt in UTF-8, GB18030 or UTF-16, .md, .docx. */
export async function readDraftFile(file: File): Promise<string> {
  if (file.size > maxDraftBytes) {
    throw new Error(`文件有 ${megabytes(file.size)}，超过 ${maxDraftBytes / 2 ** 20} MB：一篇对照检查材料远没有这么大。请打开文件，只复制正文粘贴到上面的“草稿”框。`);
  }
  const { text } = await readSource(file.name, new Uint8Array(await file.arrayBuffer()), { docxText });
  return text;
}
