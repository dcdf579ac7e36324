import { describe, expect, it } from "vitest";
import { passageId } from "../../../src/parse/collect-report.ts";
import { reportId } from "../../../scripts/emit/report-id.ts";

describe("reportId", () => {
  it("slugs an ASCII path readably, without a .txt extension and with any other", () => {
    expect(reportId("000_088d5b5e524c3f63.txt")).toBe("000-088d5b5e524c3f63");
    expect(reportId("2021/Report A.docx")).toBe("2021-report-a-docx");
    expect(reportId("a.txt")).not.toBe(reportId("a.docx"));
    expect(reportId("a.b.c.txt")).toBe("a-b-c");
  });

  it("is lower-case letters, digits and single dashes only, safe in a URL", () => {
    for (const source of ["A  B__C.txt", "x/y/z.TXT", "党委书记对照检查.txt", "2021/党委书记.txt", "---.txt", ".txt"]) {
      expect(reportId(source), source).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("hashes a path with Chinese words so it stays unique", () => {
    const a = reportId("党委书记对照检查.txt");
    const b = reportId("班子成员对照检查.txt");
    expect(a).toMatch(/^r-[0-9a-f]{8}$/);
    expect(b).toMatch(/^r-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });

  it("keeps the readable part of a partly Chinese path and adds a hash", () => {
    expect(reportId("2021/党委书记.txt")).toMatch(/^2021-[0-9a-f]{8}$/);
    expect(reportId("2021/党委书记.txt")).not.toBe(reportId("2021/班子成员.txt"));
  });

  it("depends only on the path: the same path always gives the same id", () => {
    const paths = ["b.txt", "a/党.txt", "c.docx"];
    const first = paths.map((p) => reportId(p));
    const second = [...paths].reverse().map((p) => reportId(p)).reverse();
    expect(second).toEqual(first);
    expect(reportId("a/党.txt")).toBe(reportId("a/党.txt"));
  });

  it("numbers the reports of a file holding several after the file's id", () => {
    expect([1, 2].map((part) => reportId("2023/合集.txt", part))).toEqual([`${reportId("2023/合集.txt")}-1`, `${reportId("2023/合集.txt")}-2`]);
    expect(reportId("a.txt", 0)).toBe("a");
  });

  it("cuts a long readable part to 40 characters before the hash", () => {
    const id = reportId(`${"a".repeat(60)}/党.txt`);
    expect(id).toMatch(/^a{40}-[0-9a-f]{8}$/);
  });
});

describe("passageId", () => {
  it("is a<aspect>-<n> inside an aspect of the problem section", () => {
    expect(passageId("problem", 2, 3)).toBe("a2-3");
  });

  it("is <section>-<n> elsewhere", () => {
    expect(passageId("cause", 0, 1)).toBe("cause-1");
    expect(passageId("problem", 0, 2)).toBe("problem-2");
    expect(passageId("closing", 0, 1)).toBe("closing-1");
  });
});
