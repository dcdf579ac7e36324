import { describe, expect, it } from "vitest";
import { crossLinks, linkScore } from "../../../scripts/links/cross-links.ts";
import { phrasebook } from "../../../src/themes/lexicon.ts";
import type { Passage } from "../../../src/schemas/report.ts";

const book = phrasebook([
  { id: "study", name: "", summary: "", order: 0, keywords: { 理论学习: 3, 学用脱节: 3, 园区: 1 }, examples: [] },
  { id: "people", name: "", summary: "", order: 0, keywords: { 宗旨意识: 3, 群众观念: 3 }, examples: [] },
  { id: "style", name: "", summary: "", order: 0, keywords: { 形式主义: 3 }, examples: [] },
]);

const passage = (id: string, section: Passage["section"], themes: string[], text: string): Passage => ({
  id,
  section,
  sectionHeading: "",
  aspect: section === "problem" ? 1 : 0,
  marker: "",
  headline: "",
  text,
  themes,
  confidence: 1,
  basis: "lexicon",
  related: [],
  similar: [],
  echoesEarlier: false,
});

describe("linkScore", () => {
  it("scores shared themes by rank and shared specific phrases, not common words", () => {
    const m = (terms: [string, number][]) => new Map(terms);
    expect(linkScore({ themes: ["study"] }, { themes: ["study"] }, m([]), m([]))).toBe(1);
    expect(linkScore({ themes: ["study", "people"] }, { themes: ["people"] }, m([]), m([]))).toBe(0.5);
    expect(linkScore({ themes: [] }, { themes: [] }, m([["学用脱节", 3]]), m([["学用脱节", 3]]))).toBe(0.5);
    expect(linkScore({ themes: [] }, { themes: [] }, m([["园区", 1]]), m([["园区", 1]]))).toBe(0);
  });
});

describe("crossLinks", () => {
  const passages = [
    passage("a1-1", "problem", ["study"], "学用脱节，理论学习不够。"),
    passage("a2-1", "problem", ["people"], "宗旨意识淡化。"),
    passage("a3-1", "problem", ["style"], "形式主义。"),
    passage("cause-1", "cause", ["study"], "理论学习有所放松。"),
    passage("cause-2", "cause", ["people"], "群众观念弱化。"),
    passage("measure-1", "measure", ["study", "people"], "加强理论学习，树牢宗旨意识。"),
  ];
  const links = crossLinks(passages, book);

  it("links each problem to the causes and measures that address it, best first", () => {
    expect(links.get("a1-1")).toEqual(["cause-1", "measure-1"]);
    expect(links.get("a2-1")).toEqual(["cause-2", "measure-1"]);
  });

  it("links back from every cause and measure to the problems that chose it", () => {
    expect(links.get("cause-1")).toEqual(["a1-1"]);
    expect(links.get("measure-1")).toEqual(["a1-1", "a2-1"]);
  });

  it("leaves a problem without a fitting cause or measure unlinked", () => {
    expect(links.get("a3-1")).toBeUndefined();
  });
});
