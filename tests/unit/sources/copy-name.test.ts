import { describe, expect, it } from "vitest";
import { looksLikeCopy } from "../../../scripts/sources/copy-name.ts";

describe("looksLikeCopy", () => {
  it.each(["副本 (2) 对照检查.txt", "对照检查 - 副本.docx", "复件 材料.txt", "report - Copy.txt", "a (1).txt", "材料（3）.md", "2021/副本.txt"])(
    "takes %s for a copy",
    (path) => expect(looksLikeCopy(path)).toBe(true),
  );

  it.each(["000_088d5b5e524c3f63.txt", "copyright.txt", "副本/材料.txt", "2021年（上）.txt"])("takes %s for an original", (path) => {
    expect(looksLikeCopy(path)).toBe(false);
  });
});
