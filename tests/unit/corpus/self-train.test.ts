import { describe, expect, it } from "vitest";
import { selfTrain } from "../../../scripts/corpus/self-train.ts";
import type { CorpusEntry } from "../../../scripts/corpus/read-corpus.ts";
import type { Passage, Report } from "../../../src/schemas/report.ts";
import type { Lexicon } from "../../../src/schemas/theme.ts";
import { classify } from "../../../src/themes/classify.ts";
import { trainModel } from "../../../src/themes/train-model.ts";
import { bodyInMemory } from "../../../scripts/corpus/body-spool.ts";

const lexicon = (id: string, keywords: Record<string, number>): Lexicon => ({ id, name: id, summary: id, order: 0, keywords, examples: [] });
const lexicons = [lexicon("study", { 理论学习: 3, 学用脱节: 3 }), lexicon("style", { 形式主义: 3, 文山会海: 3 })];

/** A passage as the parse stage leaves it: classified with the model before self-training. */
const passage = (id: string, section: Passage["section"], text: string): Passage => {
  const headline = text.split("。")[0] as string;
  return {
    id,
    section,
    sectionHeading: "",
    aspect: 0,
    marker: "",
    headline,
    text,
    ...classify(headline, text, trainModel(lexicons)),
    related: [],
    similar: [],
    echoesEarlier: false,
  };
};

const entry = (id: string, passages: Passage[]): CorpusEntry => ({
  id,
  body: bodyInMemory(""),
  report: { themes: [], passages } as unknown as Report,
});

describe("selfTrain", () => {
  const corpus = () => [
    entry("a", [passage("a1", "problem", "理论学习不深。读原著少，啃原文不够，学用脱节。"), passage("a2", "problem", "形式主义。文山会海。")]),
    entry("b", [passage("b1", "cause", "读原著少。啃原文不够，坐不下来。"), passage("b2", "closing", "读原著少，请批评指正。")]),
  ];

  it("places by profile what only the corpus's own lexicon-placed passages have taught", () => {
    const entries = corpus();
    expect(entries[1]?.report.passages[0]?.themes).toEqual([]);
    selfTrain(entries, lexicons);
    expect(entries[1]?.report.passages[0]).toMatchObject({ themes: ["study"], basis: "profile" });
    expect(entries[1]?.report.themes).toEqual(["study"]);
  });

  it("leaves the lexicon's placements and the sections that get no theme alone", () => {
    const entries = corpus();
    const before = entries[0]?.report.passages.map((p) => [p.themes, p.confidence, p.basis]);
    selfTrain(entries, lexicons);
    expect(entries[0]?.report.passages.map((p) => [p.themes, p.confidence, p.basis])).toEqual(before);
    expect(entries[1]?.report.passages[1]).toMatchObject({ themes: [], basis: "none" });
  });

  it("returns the model it placed them with, the same for the same corpus", () => {
    expect(JSON.stringify(selfTrain(corpus(), lexicons))).toBe(JSON.stringify(selfTrain(corpus(), lexicons)));
  });
});
