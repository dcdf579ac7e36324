// Peers on tests/fixtures/review/copied-pair/: three drafts of one branch's meeting, one copying items of another,
// shares counted by hand (expected.yaml) by someone who had not read the code.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { findPeers } from "../../../../src/similarity/check/peers.ts";
import { parseDraft } from "../../../../src/similarity/check/parse-draft.ts";
import { stockSet } from "../../../../src/similarity/check/stock-phrases.ts";
import { processOptions, repoRoot } from "../../helpers.ts";

const dir = join(repoRoot, "tests", "fixtures", "review", "copied-pair");

interface Expected {
  drafts: { file: string }[];
  pairs: { shares: { draft: string; foundIn: string; min: number; max: number }[] };
}

describe("peers of the hand-counted batch", () => {
  it("finds the copying pair within its hand-counted range and the unrelated draft near zero", async () => {
    const expected = load(await readFile(join(dir, "expected.yaml"), "utf8")) as Expected;
    const { glossary, model } = await processOptions();
    const files = expected.drafts.map((d) => d.file);
    const drafts = await Promise.all(files.map(async (f) => (await parseDraft(await readFile(join(dir, f), "utf8"), f, { glossary: [...glossary] }, model)).items));
    // No corpus here, so no stock wording: the formulas shared by every draft are few and short.
    const pairs = findPeers(drafts, { minRun: 8, stock: stockSet([]) });
    for (const s of expected.pairs.shares) {
      const pair = pairs.find((p) => p.from === files.indexOf(s.draft) && p.to === files.indexOf(s.foundIn));
      const share = pair?.share ?? 0;
      expect(share, `${s.draft} 见于 ${s.foundIn}`).toBeGreaterThanOrEqual(s.min);
      expect(share, `${s.draft} 见于 ${s.foundIn}`).toBeLessThanOrEqual(s.max);
    }
  });
});
