import { describe, expect, it } from "vitest";
import { DecodeError, decode } from "../../../scripts/decode/decode.ts";

const sample = "一、存在的主要问题\r\n（一）党史学习不够深入。\n1、站位点不高。xx";

function bytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe("decode", () => {
  it("reads plain UTF-8", () => {
    const result = decode(new TextEncoder().encode(sample));
    expect(result).toEqual({ text: sample, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(sample)));
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.text).toBe(sample);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("reads UTF-16LE with a BOM", () => {
    const result = decode(bytes([0xff, 0xfe], Buffer.from(sample, "utf16le")));
    expect(result).toEqual({ text: sample, encoding: "utf-16le" });
  });

  it("reads UTF-16BE with a BOM", () => {
    const le = Buffer.from(sample, "utf16le");
    const be = Buffer.from(le).swap16();
    const result = decode(bytes([0xfe, 0xff], be));
    expect(result).toEqual({ text: sample, encoding: "utf-16be" });
  });

  it("reads UTF-16LE without a BOM when ASCII line breaks show its zero bytes", () => {
    // No character here has a 0x00 byte of its own (一 = U+4E00 would have one: see the report).
    const text = "ab\r\ncd\r\n二、存在的问题\r\n";
    const result = decode(Buffer.from(text, "utf16le"));
    expect(result).toEqual({ text, encoding: "utf-16le" });
  });

  it("reads UTF-16 without a BOM even when a character holds a zero byte (一 is U+4E00)", () => {
    const text = "一、存在的问题\r\n一是学习不够。\r\n";
    expect(decode(Buffer.from(text, "utf16le"))).toEqual({ text, encoding: "utf-16le" });
    const be = Buffer.from(text, "utf16le").swap16();
    expect(decode(be)).toEqual({ text, encoding: "utf-16be" });
  });

  it("reads GB18030 (党史 = B5 B3 CA B7; D5 B3 would be 粘)", () => {
    const result = decode(Uint8Array.from([0xb5, 0xb3, 0xca, 0xb7]));
    expect(result).toEqual({ text: "党史", encoding: "gb18030" });
  });

  it("reads GB18030 mixed with ASCII and line breaks", () => {
    // 党史 \r\n 1、 xx
    const gb = Uint8Array.from([0xb5, 0xb3, 0xca, 0xb7, 0x0d, 0x0a, 0x31, 0xa1, 0xa2, 0x78, 0x78]);
    const result = decode(gb);
    expect(result.encoding).toBe("gb18030");
    expect(result.text).toBe("党史\r\n1、xx");
  });

  it("prefers UTF-8 when the bytes are valid UTF-8", () => {
    const result = decode(new TextEncoder().encode("党史学习教育"));
    expect(result.encoding).toBe("utf-8");
    expect(result.text).toBe("党史学习教育");
  });

  it("throws DecodeError on bytes that are text in no known encoding", () => {
    // 0xFF is never a valid lead byte in UTF-8 or GB18030; 0x80 alone is not valid either.
    const junk = Uint8Array.from([0x41, 0xff, 0xff, 0x80, 0x42]);
    expect(() => decode(junk)).toThrow(DecodeError);
  });

  it("throws DecodeError on a UTF-8 BOM followed by invalid UTF-8", () => {
    expect(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrowError();
  });

  it("gives the DecodeError a message saying what to do", () => {
    try {
      decode(Uint8Array.from([0xff, 0xff, 0xff]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toMatch(/UTF-8/);
    }
  });

  it("decodes an empty file as empty UTF-8 text", () => {
    expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("throws a DecodeError saying what to do when a BOM's encoding is broken by the bytes after it", () => {
    expect(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(DecodeError);
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toThrowError(/另存为 UTF-8/);
  });

  it("refuses binary files that happen to decode, such as zero-filled or control-heavy bytes", () => {
    expect(() => decode(Uint8Array.from([0x41, 0, 0, 0, 0x42, 0]))).toThrowError(/二进制/);
    expect(() => decode(Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42]))).toThrow(DecodeError);
  });

  it("keeps tabs, form feeds and line breaks as text", () => {
    expect(decode(new TextEncoder().encode("甲\t乙\f\r\n丙")).text).toBe("甲\t乙\f\r\n丙");
  });
});
