import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { bodyInMemory, openBodySpool } from "../../../scripts/corpus/body-spool.ts";

const spoolFolders = () => readdirSync(tmpdir()).filter((n) => n.startsWith("ingest-bodies-"));

describe("openBodySpool", () => {
  it("gives each body back as it was put, in any order, with the digest of the same body in memory", () => {
    const texts = ["## 一、存在的问题\n\n1、学习不够深入。", "", "𠀀 outside the BMP, `code`, <b>tags</b> and\nlines\r\n", "二".repeat(100_000)];
    const spool = openBodySpool();
    const stored = texts.map((t) => spool.put(t));
    for (const i of [3, 0, 2, 1, 0]) {
      expect(stored[i]?.read()).toBe(texts[i]);
      expect(stored[i]?.digest).toBe(bodyInMemory(texts[i] as string).digest);
    }
    spool.close();
  });

  it("leaves no file behind once opened, so a build that dies leaves none either", () => {
    const before = spoolFolders();
    const spool = openBodySpool();
    spool.put("正文");
    expect(spoolFolders()).toEqual(before);
    spool.close();
  });
});
