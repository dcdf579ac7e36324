import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { isTraditional, searchKey, toSimplified } from "../../../src/text/script.ts";
import { repoRoot } from "../helpers.ts";

// The shipped reports, and each in three traditional forms as mirror sites make them (OpenCC's own converters).
const sources = join(repoRoot, "content", "sources");
const shipped = readdirSync(sources).map((f) => readFileSync(join(sources, f), "utf8"));
const toTraditional = { tw: OpenCC.Converter({ from: "cn", to: "tw" }), hk: OpenCC.Converter({ from: "cn", to: "hk" }), t: OpenCC.Converter({ from: "cn", to: "t" }) };

describe("toSimplified", () => {
  it("keeps the length, so offsets carry over to the original", () => {
    for (const text of ["學習貫徹", "臺灣的裡面", "二噁英", "𠵾與㗲", "乾淨，乾坤", ...Object.values(toTraditional).map((t) => t(shipped[0] ?? ""))]) {
      expect(toSimplified(text)).toHaveLength(text.length);
    }
  });

  it("converts phrase by phrase, as OpenCC does", () => {
    expect(toSimplified("學習貫徹新時代中國特色社會主義思想")).toBe("学习贯彻新时代中国特色社会主义思想");
    expect(toSimplified("瞭解情況，乾淨，乾坤")).toBe("了解情况，干净，乾坤");
  });

  it("gives back the shipped reports from their traditional forms, but for a character or two", () => {
    for (const text of shipped) {
      for (const convert of Object.values(toTraditional)) {
        const back = toSimplified(convert(text));
        const differ = [...text].filter((c, i) => back[i] !== c).length;
        expect(differ).toBeLessThanOrEqual(2);
      }
    }
  });

  it("is idempotent", () => {
    for (const text of shipped) expect(toSimplified(toSimplified(text))).toBe(toSimplified(text));
  });
});

describe("isTraditional", () => {
  it("tells the traditional forms of the shipped reports from the reports", () => {
    for (const text of shipped) {
      expect(isTraditional(text)).toBe(false);
      for (const convert of Object.values(toTraditional)) expect(isTraditional(convert(text))).toBe(true);
    }
  });

  it("needs Han characters", () => {
    expect(isTraditional("")).toBe(false);
    expect(isTraditional("PPT 2021")).toBe(false);
  });
});

describe("searchKey", () => {
  it("reads either script alike: each shipped report and its traditional forms have the same key", () => {
    for (const text of shipped) {
      for (const convert of Object.values(toTraditional)) expect(searchKey(convert(text))).toBe(searchKey(text));
    }
  });

  it("is as long as the text and idempotent", () => {
    for (const text of shipped) {
      expect(searchKey(text)).toHaveLength(text.length);
      expect(searchKey(searchKey(text))).toBe(searchKey(text));
    }
  });

  it("folds characters that are simplified too, on both sides alike", () => {
    expect(searchKey("显著")).toBe(searchKey("顯著"));
    expect(searchKey("什么")).toBe(searchKey("什麼"));
    expect(searchKey("了解")).toBe(searchKey("瞭解"));
  });

  it("leaves everything but Chinese characters alone", () => {
    expect(searchKey("PPT（一）2021年，“5+2”")).toBe("PPT（一）2021年，“5+2”");
  });
});
