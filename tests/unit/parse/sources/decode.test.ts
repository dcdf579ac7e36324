import { describe, expect, it } from "vitest";
import { DecodeError, decode } from "../../../../src/parse/sources/decode.ts";
import { encodeGb18030 } from "../../support/gb18030.ts";

const sample = "一、存在的主要问题\r\n（一）党史学习不够深入。\n1、站位点不高。xx";

function bytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe("decode", () => {
  it("reads plain UTF-8", () => {
    const result = decode(new TextEncoder().encode(sample));
    expect(result).toEqual({ text: sample, encoding: "utf-8", warnings: [] });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(sample)));
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.text).toBe(sample);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("reads UTF-16LE with a BOM", () => {
    const result = decode(bytes([0xff, 0xfe], Buffer.from(sample, "utf16le")));
    expect(result).toEqual({ text: sample, encoding: "utf-16le", warnings: [] });
  });

  it("reads UTF-16BE with a BOM", () => {
    const le = Buffer.from(sample, "utf16le");
    const be = Buffer.from(le).swap16();
    const result = decode(bytes([0xfe, 0xff], be));
    expect(result).toEqual({ text: sample, encoding: "utf-16be", warnings: [] });
  });

  it("reads UTF-16LE without a BOM when ASCII line breaks show its zero bytes", () => {
    // No character here has a 0x00 byte of its own (一 = U+4E00 would have one: see the report).
    const text = "ab\r\ncd\r\n二、存在的问题\r\n";
    const result = decode(Buffer.from(text, "utf16le"));
    expect(result).toEqual({ text, encoding: "utf-16le", warnings: [] });
  });

  it("reads UTF-16 without a BOM even when a character holds a zero byte (一 is U+4E00)", () => {
    const text = "一、存在的问题\r\n一是学习不够。\r\n";
    expect(decode(Buffer.from(text, "utf16le"))).toEqual({ text, encoding: "utf-16le", warnings: [] });
    const be = Buffer.from(text, "utf16le").swap16();
    expect(decode(be)).toEqual({ text, encoding: "utf-16be", warnings: [] });
  });

  it("reads GB18030 (党史 = B5 B3 CA B7; D5 B3 would be 粘)", () => {
    const result = decode(Uint8Array.from([0xb5, 0xb3, 0xca, 0xb7]));
    expect(result).toEqual({ text: "党史", encoding: "gb18030", warnings: [] });
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
    expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", warnings: [] });
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

  describe("a UTF-8 file with a few broken byte sequences", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `${i + 1}、党史学习教育不够深入，理论联系实际不够紧密，第${i + 1}条。`);
    const utf8 = (s: string) => new TextEncoder().encode(s);
    /** The report's UTF-8 bytes with `junk` spliced in right after the first `after` on line `line` (1-based). */
    function damaged(line: number, after: string, junk: number[], text = lines.join("\n")): Uint8Array {
      const at = text.split("\n").slice(0, line - 1).join("\n").length + (line > 1 ? 1 : 0) + lines[line - 1]!.indexOf(after) + after.length;
      return bytes(utf8(text.slice(0, at)), junk, utf8(text.slice(at)));
    }

    it("reads a stray 0xFF as UTF-8 with U+FFFD in its place and names the line and the text around it", () => {
      const result = decode(damaged(12, "党史", [0xff]));
      expect(result.encoding).toBe("utf-8");
      expect(result.text.split("\n")[11]).toBe("12、党史\ufffd学习教育不够深入，理论联系实际不够紧密，第12条。");
      expect(result.text.split("\n").filter((l, i) => l !== lines[i])).toHaveLength(1);
      expect(result.warnings).toEqual(["第 12 行“12、党史\ufffd学习教育不够深入……”附近有 1 处无法识别的字节（不是 UTF-8 编码），已替换为 �：请对照原文件核对此处，改正后另存为 UTF-8。"]);
    });

    it("reads a truncated multi-byte character (two of the three bytes of 学) as one U+FFFD", () => {
      const result = decode(damaged(3, "理论联系", [0xe5, 0xad]));
      expect(result.encoding).toBe("utf-8");
      expect(result.text).toContain("理论联系\ufffd实际");
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/^第 3 行“……够深入，理论联系\ufffd实际不够紧密，第……”附近有 1 处/);
    });

    it("counts a few characters pasted in from GBK as damage on their line, not as a GB18030 file", () => {
      const result = decode(damaged(7, "不够紧密", [...encodeGb18030("党史学习")]));
      expect(result.encoding).toBe("utf-8");
      expect(result.text.split("\n")[6]).toContain("\ufffd");
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/^第 7 行“.*”附近有 \d+ 处无法识别的字节/);
    });

    it("reads a damaged UTF-8 file with a BOM too", () => {
      const result = decode(bytes([0xef, 0xbb, 0xbf], damaged(1, "党史", [0xc3])));
      expect(result.encoding).toBe("utf-8-bom");
      expect(result.text.startsWith("1、党史\ufffd学习")).toBe(true);
      expect(result.warnings[0]).toMatch(/^第 1 行/);
    });

    it("lists the first five damaged lines and sums up the rest", () => {
      const text = lines.map((l) => l.replace("学习", "学\u0000习")).join("\n");
      const broken = Uint8Array.from(utf8(text).map((b) => (b === 0 ? 0xff : b)));
      const result = decode(broken);
      expect(result.encoding).toBe("utf-8");
      expect(result.warnings).toHaveLength(6);
      expect(result.warnings.slice(0, 5).map((w) => /^第 (\d+) 行/.exec(w)?.[1])).toEqual(["1", "2", "3", "4", "5"]);
      expect(result.warnings[5]).toMatch(/^另有 15 行（第 6 行起）共 15 处无法识别的字节/);
    });

    it("gives no warning for a U+FFFD written in a valid UTF-8 file", () => {
      expect(decode(utf8("党史\ufffd学习")).warnings).toEqual([]);
    });

    it("still reads genuine GB18030, whole and in a short excerpt, as GB18030", () => {
      const report = lines.join("\r\n");
      expect(decode(encodeGb18030(report))).toEqual({ text: report, encoding: "gb18030", warnings: [] });
      const excerpt = "一、存在的主要问题\r\n（一）党史学习不够深入";
      expect(decode(encodeGb18030(excerpt))).toEqual({ text: excerpt, encoding: "gb18030", warnings: [] });
    });

    it("still reads UTF-16 as UTF-16", () => {
      const report = lines.join("\r\n");
      expect(decode(bytes([0xff, 0xfe], Buffer.from(report, "utf16le"))).encoding).toBe("utf-16le");
      expect(decode(Buffer.from(report, "utf16le")).encoding).toBe("utf-16le");
    });

    it("still refuses binary, where unreadable sequences are the rule", () => {
      let seed = 7;
      const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 48271) % 0x7fffffff) & 0xff);
      expect(() => decode(random)).toThrow(DecodeError);
      // Otherwise valid UTF-8, but every ， and 。 a stray byte: one unreadable in 15 characters is more than damage (one in 20).
      const riddled = Uint8Array.from(utf8(lines.join("\n").replace(/[，。]/g, "\u0000")).map((b) => (b === 0 ? 0xff : b)));
      expect(() => decode(riddled)).toThrow(DecodeError);
    });
  });
});
