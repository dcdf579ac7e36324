import { describe, expect, it } from "vitest";
import { lookalikeTexts } from "../../../scripts/emit/lookalike-texts.ts";
import type { Passage } from "../../../src/schemas/report.ts";
import { lookalikeTextsSchema } from "../../../src/schemas/lookalike-texts.ts";
import { passageOf } from "../support/passage.ts";

const passage = (id: string, text: string, similar: Passage["similar"] = [], simplified?: string): Passage =>
  passageOf({ id, headline: text.slice(0, 4), text, similar, ...(simplified === undefined ? {} : { simplified }) });
const m = (report: string, p: string) => ({ report, passage: p, jaccard: 0.5, containment: 0.5 });

describe("lookalikeTexts", () => {
  const corpus = new Map([
    ["r2", [passage("a1-1", "理论学习不够深入"), passage("a1-2", "学习不够")]],
    ["r3", [passage("cause-1", "理論學習不夠深入", [], "理论学习不够深入")]],
  ]);

  it("holds the text of each look-alike once, keyed by report and passage, in key order", () => {
    const texts = lookalikeTexts([passage("a1-1", "x", [m("r3", "cause-1"), m("r2", "a1-1")]), passage("a1-2", "y", [m("r2", "a1-1")])], corpus);
    expect(lookalikeTextsSchema.parse(texts)).toEqual(texts);
    expect(Object.keys(texts ?? {})).toEqual(["r2#a1-1", "r3#cause-1"]);
    expect(texts?.["r2#a1-1"]).toEqual({ headline: "理论学习", text: "理论学习不够深入" });
    expect(texts?.["r3#cause-1"]?.simplified).toBe("理论学习不够深入");
  });

  it("is null for a report without look-alikes, and leaves out passages no longer in the corpus", () => {
    expect(lookalikeTexts([passage("a1-1", "x")], corpus)).toBeNull();
    expect(lookalikeTexts([passage("a1-1", "x", [m("gone", "a1-1"), m("r3", "gone")])], corpus)).toBeNull();
  });
});
