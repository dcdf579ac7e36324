import type { Passage } from "../../../src/schemas/report.ts";

/** A problem passage with every field empty or zero but those given. */
export function passageOf(fields: Partial<Passage> & Pick<Passage, "id">): Passage {
  return {
    section: "problem",
    sectionHeading: "",
    aspect: 1,
    marker: "",
    headline: "",
    text: "",
    themes: [],
    confidence: 0,
    basis: "none",
    related: [],
    similar: [],
    echoesEarlier: false,
    ...fields,
  };
}
