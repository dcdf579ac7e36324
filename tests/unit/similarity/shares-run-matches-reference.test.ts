import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../src/similarity/hash.ts";
import { sharesRun } from "../../../src/similarity/shared-spans.ts";

/** `sharesRun` done the plain way: every n-letter run of one text as a string, looked up in a set of the other's. */
function reference(a: string, b: string, n: number): boolean {
  const runs = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) runs.add(a.slice(i, i + n));
  for (let i = 0; i + n <= b.length; i++) if (runs.has(b.slice(i, i + n))) return true;
  return false;
}

describe("sharesRun", () => {
  it("answers as the plain way on random texts, short and long, of few and many letters", () => {
    const rand = mulberry32(11);
    const alphabets = ["ab", "abc", "好人主义思想在大是大非面前不敢发声", "𠀀𠀁a"];
    const text = (letters: string, length: number) => Array.from({ length }, () => letters[rand() % letters.length]).join("");
    for (let t = 0; t < 3000; t++) {
      const letters = alphabets[t % alphabets.length] as string;
      const a = text(letters, rand() % 60);
      const b = rand() % 3 === 0 ? a.slice(rand() % 10) + text(letters, rand() % 30) : text(letters, rand() % 200);
      const n = 1 + (rand() % 12);
      expect(sharesRun({ chars: a }, { chars: b }, n), `${a} / ${b} / ${n}`).toBe(reference(a, b, n));
      expect(sharesRun({ chars: b }, { chars: a }, n)).toBe(reference(a, b, n));
    }
  });

  it("is not fooled by two different runs of the same hash", () => {
    // A Thue–Morse word of 128 letters and its complement have the same polynomial hash mod 2^32 for any odd base.
    const thueMorse = Array.from({ length: 128 }, (_, i) => (popcount(i) % 2 ? "a" : "b")).join("");
    const complement = thueMorse.replace(/[ab]/g, (c) => (c === "a" ? "b" : "a"));
    expect(sharesRun({ chars: thueMorse }, { chars: complement }, 128)).toBe(false);
    expect(sharesRun({ chars: thueMorse }, { chars: `x${thueMorse}y` }, 128)).toBe(true);
  });
});

function popcount(x: number): number {
  let bits = 0;
  for (; x; x >>>= 1) bits += x & 1;
  return bits;
}
