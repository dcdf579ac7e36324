import { describe, expect, it } from "vitest";
import { headlineOf } from "../../../../src/parse/structure/headline.ts";

describe("headlineOf", () => {
  it("is the short phrase before the first full stop", () => {
    expect(headlineOf("站位点不高。全面系统持续不断地学习科学理论坚持得不够好。")).toBe("站位点不高");
  });

  it("also ends at ！ or ？", () => {
    expect(headlineOf("理想信念有所放松！后面的话")).toBe("理想信念有所放松");
  });

  it("is empty when the item has no full stop", () => {
    expect(headlineOf("没有句号的一段话")).toBe("");
  });

  it("is empty when the first sentence is the whole item", () => {
    expect(headlineOf("只有一句。")).toBe("");
  });

  it("is empty when the first sentence is longer than 40 characters", () => {
    expect(headlineOf(`${"很长".repeat(21)}。后文`)).toBe("");
    expect(headlineOf(`${"很长".repeat(20)}。后文`)).toBe("很长".repeat(20));
  });
});
