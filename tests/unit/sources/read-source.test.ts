import { describe, expect, it } from "vitest";
import { DecodeError } from "../../../scripts/decode/decode.ts";
import { SourceProblem, readSource } from "../../../scripts/sources/read-source.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("readSource", () => {
  it.each([
    ["a.txt", "txt"],
    ["2021/A.TXT", "txt"],
    ["a.text", "txt"],
    ["a.md", "md"],
    ["a.Markdown", "md"],
  ])("reads %s as %s", (path, format) => {
    expect(readSource(path, utf8("一、存在的问题"))).toEqual({ text: "一、存在的问题", format, encoding: "utf-8" });
  });

  it("decodes GB18030 text files", () => {
    expect(readSource("a.txt", Uint8Array.from([0xb5, 0xb3, 0xca, 0xb7]))).toEqual({
      text: "党史",
      format: "txt",
      encoding: "gb18030",
    });
  });

  it("rejects an unsupported extension with a SourceProblem", () => {
    expect(() => readSource("a.pdf", utf8("x"))).toThrow(SourceProblem);
    expect(() => readSource("README", utf8("x"))).toThrow(SourceProblem);
  });

  it("rejects an empty file with a SourceProblem", () => {
    expect(() => readSource("a.txt", new Uint8Array())).toThrow(SourceProblem);
  });

  it("lets a DecodeError through for undecodable bytes", () => {
    expect(() => readSource("a.txt", Uint8Array.from([0xff, 0xff, 0xff]))).toThrow(DecodeError);
  });
});
