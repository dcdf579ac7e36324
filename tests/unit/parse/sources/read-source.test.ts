import { describe, expect, it } from "vitest";
import { DecodeError } from "../../../../src/parse/sources/decode.ts";
import { readDocx } from "../../../../scripts/sources/read-docx.ts";
import { readSource, SourceProblem } from "../../../../src/parse/sources/read-source.ts";
import { docx } from "../../support/docx.ts";
import { encodeGb18030 } from "../../support/gb18030.ts";
import { zip } from "../../support/zip.ts";

const text = "一、存在的主要问题\n（一）学习方面\n1、站位不高。含有<script>alert(1)</script>字样。";
const utf8 = (s: string) => new TextEncoder().encode(s);

async function problem(path: string, bytes: Uint8Array): Promise<string> {
  try {
    await readSource(path, bytes, { docxText: readDocx });
  } catch (error) {
    expect(error).toBeInstanceOf(SourceProblem);
    return (error as Error).message;
  }
  throw new Error(`${path} was read, but should not have been`);
}

describe("readSource", () => {
  it.each(["a.txt", "a.TXT", "a.Txt", "a.text", "子目录/副本 (2) 对照检查.txt"])("reads %s as text", async (path) => {
    expect(await readSource(path, utf8(text), { docxText: readDocx })).toEqual({ text, format: "txt", encoding: "utf-8", warnings: [] });
  });

  it.each(["a.md", "a.MD", "a.markdown"])("reads %s as Markdown", async (path) => {
    expect((await readSource(path, utf8(text), { docxText: readDocx })).format).toBe("md");
  });

  it("detects the encoding, never assumes it", async () => {
    expect(await readSource("a.txt", encodeGb18030(text), { docxText: readDocx })).toEqual({ text, format: "txt", encoding: "gb18030", warnings: [] });
  });

  it.each(["a.docx", "a.DOCX"])("reads %s with its paragraphs as lines", async (path) => {
    const read = await readSource(path, docx(text), { docxText: readDocx });
    expect(read.format).toBe("docx");
    expect(read.encoding).toBeNull();
    expect(read.text.split(/\n+/).filter(Boolean)).toEqual(text.split("\n"));
  });

  it("reads a Word file named .txt as Word, not as garbled text", async () => {
    expect((await readSource("a.txt", docx(text), { docxText: readDocx })).format).toBe("docx");
  });

  it("names an unreadable .docx and says what to do", async () => {
    expect(await problem("a.docx", zip({ "hello.txt": "not a Word document" }))).toMatch(/Word.*另存为/);
    expect(await problem("a.docx", utf8("plain text"))).toMatch(/不是 Word 文件.*另存为/);
  });

  it("says how to convert a PDF or an old .doc, by extension or by content", async () => {
    expect(await problem("a.pdf", utf8("%PDF-1.7"))).toMatch(/PDF.*复制文字/);
    expect(await problem("a.PDF", utf8("%PDF-1.7"))).toMatch(/PDF/);
    expect(await problem("a.txt", utf8("%PDF-1.7 ..."))).toMatch(/这是 PDF 文件/);
    expect(await problem("a.doc", new Uint8Array(8))).toMatch(/\.doc.*\.docx/);
    expect(await problem("a.txt", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/旧版 Word/);
  });

  it("names other types and files without an extension", async () => {
    expect(await problem("a.xlsx", utf8("x"))).toMatch(/不支持的文件类型“\.xlsx”/);
    expect(await problem("README", utf8("x"))).toMatch(/（无扩展名）/);
  });

  it("lets a DecodeError through for undecodable bytes", async () => {
    await expect(readSource("a.txt", Uint8Array.from([0xff, 0xff, 0xff]), { docxText: readDocx })).rejects.toThrow(DecodeError);
  });

  it("reads a UTF-8 file with a stray byte, and returns the warning that names the place", async () => {
    const bytes = Uint8Array.from([...utf8("一、存在的主要问题\n（一）学习"), 0xff, ...utf8("方面\n1、站位不高。")]);
    const read = await readSource("a.txt", bytes, { docxText: readDocx });
    expect(read.text).toBe("一、存在的主要问题\n（一）学习\ufffd方面\n1、站位不高。");
    expect(read.encoding).toBe("utf-8");
    expect(read.warnings).toEqual([expect.stringMatching(/^第 2 行“（一）学习\ufffd方面”附近有 1 处无法识别的字节/)]);
  });

  it("names an empty file", async () => {
    expect(await problem("a.txt", new Uint8Array())).toMatch(/空的/);
    expect(await problem("a.docx", new Uint8Array())).toMatch(/空的/);
  });
});
