import { describe, expect, it } from "vitest";
import { hanAt } from "../../../src/text/han.ts";

const isHan = (c: string) => /^\p{Script=Han}$/u.test(c);

describe("hanAt", () => {
  it("agrees with \\p{Script=Han} on every character of the BMP", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if ((hanAt(s, 0) === 1) !== isHan(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("takes a Han character outside the BMP whole, and no other pair or lone half", () => {
    const text = "𠀀中😀々\ud840x";
    expect([...Array(text.length).keys()].map((i) => hanAt(text, i))).toEqual([2, 0, 1, 0, 0, 1, 0, 0]);
  });
});
