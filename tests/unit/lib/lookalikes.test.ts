import { describe, expect, it } from "vitest";
import { shownLookalikes } from "../../../src/lib/lookalikes.ts";

const plan = (own: string, looks: string[]) => {
  const { alone, shown } = shownLookalikes(own, looks, (l) => l);
  return { alone, shown: shown.map((s) => `${s.look}:${s.as}`) };
};

describe("shownLookalikes", () => {
  it("puts the first look-alike worded otherwise beside the passage, later ones alone under it", () => {
    expect(plan("甲", ["乙", "丙"])).toEqual({ alone: false, shown: ["乙:pair", "丙:right"] });
  });

  it("only names a look-alike worded exactly as the passage, even the most similar one, and pairs the next", () => {
    expect(plan("甲", ["甲", "乙", "甲"])).toEqual({ alone: false, shown: ["乙:pair", "甲:same-as-passage", "甲:same-as-passage"] });
  });

  it("shows the passage alone when every look-alike is worded exactly as it", () => {
    expect(plan("甲", ["甲", "甲"])).toEqual({ alone: true, shown: ["甲:same-as-passage", "甲:same-as-passage"] });
  });

  it("only names a look-alike worded as one already shown", () => {
    expect(plan("甲", ["乙", "丙", "乙", "丙"])).toEqual({ alone: false, shown: ["乙:pair", "丙:right", "乙:same-as-shown", "丙:same-as-shown"] });
  });

  it("plans nothing for a passage without look-alikes", () => {
    expect(plan("甲", [])).toEqual({ alone: true, shown: [] });
  });
});
