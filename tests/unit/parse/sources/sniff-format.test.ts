import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../../../src/parse/sources/sniff-format.ts";
import { docx } from "../../support/docx.ts";

describe("sniffFormat", () => {
  it("knows zip (.docx), PDF and OLE (.doc) by their first bytes", () => {
    expect(sniffFormat(docx("甲"))).toBe("zip");
    expect(sniffFormat(new TextEncoder().encode("%PDF-1.4"))).toBe("pdf");
    expect(sniffFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole");
  });

  it("says nothing about text, short or empty files", () => {
    expect(sniffFormat(new TextEncoder().encode("一、存在的主要问题"))).toBeNull();
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b]))).toBeNull();
    expect(sniffFormat(new Uint8Array())).toBeNull();
  });
});
