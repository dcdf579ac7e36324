import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, expectedHits, loadCorpus, resultPaths, test } from "./fixtures.ts";

// tests/fixtures/injection/pasted-from-pdf.txt is report 001 hard-wrapped every 34 columns with page
// numbers, as text copied out of a PDF comes: a phrase cut by a line break must still be found whole.
const wrapped = readFileSync(join(import.meta.dirname, "..", "fixtures", "injection", "pasted-from-pdf.txt"), "utf8");

/** Phrases of 6 characters that the source breaks across two lines, three characters on each side. */
function phrasesAcrossBreaks(text: string): string[] {
  const lines = text.split("\n");
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a = "", b = ""] = [lines[i]?.trim(), lines[i + 1]?.trim()];
    const phrase = `${a.slice(-3)}${b.slice(0, 3)}`;
    if (a.length >= 30 && /^[\p{Script=Han}]{6}$/u.test(phrase)) found.push(phrase);
  }
  return found;
}

test("a phrase cut by a line break in text pasted from a PDF is found whole", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  // Headings are not passages: keep the broken phrases that fall inside items, which rejoining must mend.
  const candidates = phrasesAcrossBreaks(wrapped).slice(0, 12);
  const phrases = candidates.filter((q) => expectedHits(corpus, [q]).length > 0).slice(0, 3);
  expect(phrases, `phrases cut by a line break found whole in corpus.json, of ${candidates.join("、")}`).toHaveLength(3);
  for (const q of phrases) {
    const expected = expectedHits(corpus, [q]);
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("status")).toHaveText(new RegExp(`^${expected.length} 条`));
    expect((await resultPaths(page)).sort(), `results for “${q}”`).toEqual(expected);
  }
});
