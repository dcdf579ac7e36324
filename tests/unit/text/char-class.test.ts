import { describe, expect, it } from "vitest";
import { gramCharacterAt, hanAt, letterOrDigitAt } from "../../../src/text/char-class.ts";

const classes = [
  { name: "hanAt", at: hanAt, one: /^\p{Script=Han}$/u },
  { name: "letterOrDigitAt", at: letterOrDigitAt, one: /^[\p{L}\p{N}]$/u },
  { name: "gramCharacterAt", at: gramCharacterAt, one: /^[\p{Script=Han}\p{L}\p{N}]$/u },
];

describe.each(classes)("$name", ({ at, one }) => {
  it("agrees with its regex on every character of the BMP", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if ((at(s, 0) === 1) !== one.test(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe("hanAt", () => {
  it("takes a Han character outside the BMP whole, and no other pair or lone half", () => {
    const text = "𠀀中😀々\ud840x";
    expect([...Array(text.length).keys()].map((i) => hanAt(text, i))).toEqual([2, 0, 1, 0, 0, 1, 0, 0]);
  });
});

describe("letterOrDigitAt", () => {
  it("takes a letter or digit outside the BMP whole (Han, Gothic, math digits), not an emoji or a lone half", () => {
    const text = "𠀀𐌰𝟘😀a\udc00";
    expect([...Array(text.length).keys()].map((i) => letterOrDigitAt(text, i))).toEqual([2, 0, 2, 0, 2, 0, 0, 0, 1, 0]);
  });
});
