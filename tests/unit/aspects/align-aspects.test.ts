import { describe, expect, it } from "vitest";
import { alignAspects } from "../../../scripts/aspects/align-aspects.ts";
import { phrasebook } from "../../../src/themes/lexicon.ts";

const book = phrasebook([
  { id: "political-capacity", name: "", summary: "", order: 0, keywords: { 两个确立: 3, 四个意识: 3 }, examples: [] },
  { id: "people-centered", name: "", summary: "", order: 0, keywords: { 以人民为中心: 3, 群众: 1 }, examples: [] },
  { id: "party-governance", name: "", summary: "", order: 0, keywords: { 全面从严治党: 3 }, examples: [] },
  { id: "ideology", name: "", summary: "", order: 0, keywords: { 意识形态: 3 }, examples: [] },
]);

describe("alignAspects", () => {
  it("lines aspects up by meaning, not by number, one topic per aspect of a report", () => {
    const topics = alignAspects(
      [
        { group: 0, heading: "在带头深刻感悟“两个确立”的决定性意义方面", passageThemes: [["political-capacity"]] },
        { group: 0, heading: "在带头践行以人民为中心的发展思想方面", passageThemes: [["people-centered"]] },
        { group: 0, heading: "在履行全面从严治党责任方面", passageThemes: [["party-governance"]] },
        // Report 1 has its aspects in another order and words them differently.
        { group: 1, heading: "落实全面从严治党责任方面", passageThemes: [["party-governance"]] },
        { group: 1, heading: "在对照深刻感悟“两个确立”方面", passageThemes: [["political-capacity"]] },
        { group: 1, heading: "在履行意识形态职责方面", passageThemes: [["ideology"]] },
        { group: 1, heading: "以人民为中心方面", passageThemes: [["people-centered"]] },
      ],
      book,
    );
    expect(topics).toEqual(["political-capacity", "people-centered", "party-governance", "party-governance", "political-capacity", "ideology", "people-centered"]);
  });

  it("never puts two aspects of one report in the same topic", () => {
    const topics = alignAspects(
      [
        { group: 0, heading: "以人民为中心方面", passageThemes: [["people-centered"]] },
        { group: 1, heading: "以人民为中心方面", passageThemes: [["people-centered"]] },
        { group: 1, heading: "践行以人民为中心的发展思想方面", passageThemes: [["people-centered"]] },
      ],
      book,
    );
    expect(topics[1]).toBe("people-centered");
    expect(topics[2]).toBe("people-centered-2");
  });

  it("names a topic no theme explains topic, and is deterministic", () => {
    const input = [{ group: 0, heading: "其他方面", passageThemes: [[]] }];
    expect(alignAspects(input, book)).toEqual(["topic"]);
    expect(alignAspects(input, book)).toEqual(alignAspects(input, book));
  });
});
