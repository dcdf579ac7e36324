import { describe, expect, it } from "vitest";
import { readDocx } from "../../../scripts/sources/read-docx.ts";
import { DocxRefused, docxLimits } from "../../../src/parse/sources/docx-limits.ts";
import { readSource, SourceProblem } from "../../../src/parse/sources/read-source.ts";
import { docx } from "../support/docx.ts";

const text = "一、存在的主要问题\n（一）学习方面\n1、站位不高。";
const MB = 2 ** 20;

/** The message a refused .docx gets from readDocx (and, as a SourceProblem, from readSource). */
async function refusal(bytes: Uint8Array, limits = docxLimits): Promise<string> {
  await expect(readSource("a.docx", bytes, { docxText: readDocx, docxLimits: limits })).rejects.toThrow(SourceProblem);
  try {
    await readDocx(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxRefused);
    return (error as Error).message;
  }
  throw new Error("the .docx was read, but should have been refused");
}

describe("readDocx size limits", () => {
  it("reads an ordinary .docx under the default limits", async () => {
    expect((await readDocx(docx(text))).split(/\n+/).filter(Boolean)).toEqual(text.split("\n"));
  });

  it("refuses a word/document.xml whose directory declares 1 GiB, before inflating it", async () => {
    const message = await refusal(docx(text, { declare: { "word/document.xml": 2 ** 30 } }));
    expect(message).toMatch(/^Word 文件中的 word\/document\.xml 解压后有 1\.0 GB，超过上限 64 MB：.*另存为 \.docx.*\.txt/);
  });

  it("reads ZIP64 sizes: a part declared as 5 GiB in its ZIP64 extra field is refused", async () => {
    expect(await refusal(docx(text, { declare: { "word/document.xml": 5 * 2 ** 30 } }))).toMatch(/5\.0 GB/);
  });

  it("refuses a document.xml really larger than the part limit (highly compressible, checked against a lowered limit)", async () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `${i + 1}、学习不够深入，站位不高。`).join("\n");
    const bytes = docx(long);
    expect(bytes.length).toBeLessThan(MB); // the file is small; its document.xml is not
    expect(await refusal(bytes, { part: MB, total: 256 * MB })).toMatch(/word\/document\.xml 解压后有 \d\.\d MB，超过上限 1\.0 MB/);
  });

  it("refuses a file whose parts together exceed the total, naming images as the likely cause", async () => {
    const bytes = docx(text, { declare: { "word/media/image1.png": 300 * MB } }, { "word/media/image1.png": new Uint8Array(16) });
    expect(await refusal(bytes)).toMatch(/^Word 文件解压后共 300 MB，超过上限 256 MB：多半含有大量图片.*删去图片/);
  });

  it("does not count an image against the part limit, only against the total", async () => {
    const bytes = docx(text, { declare: { "word/media/image1.png": 100 * MB } }, { "word/media/image1.png": new Uint8Array(16) });
    await expect(readDocx(bytes, { part: 64 * MB, total: 256 * MB })).resolves.toContain("站位不高");
  });

  it("refuses a directory that declares a part smaller than it inflates to", async () => {
    const long = Array.from({ length: 2_000 }, () => "学习不够深入。").join("\n");
    const message = await refusal(docx(long, { declare: { "word/document.xml": 200 } }));
    expect(message).toMatch(/^Word 文件已损坏或被改动过：word\/document\.xml 标明解压后 200 字节，实际解压出的内容更多。.*另存为/);
  });

  it("leaves a zip without a readable directory to jszip's own error", async () => {
    const truncated = docx(text).subarray(0, 300);
    await expect(readDocx(truncated)).rejects.not.toBeInstanceOf(DocxRefused);
  });
});
