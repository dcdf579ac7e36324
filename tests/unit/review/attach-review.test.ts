// The 审读 signals of a corpus, kept between builds per report: recalled where a report's inputs are as recorded,
// with the stock signals made again where the stock runs changed, and always what a review from nothing gives.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusEntry } from "../../../scripts/corpus/read-corpus.ts";
import { openReportMemo } from "../../../scripts/corpus/report-memo.ts";
import { attachReview, corpusStockRuns } from "../../../scripts/review/attach-review.ts";
import type { Review } from "../../../src/schemas/review.ts";
import { processText, repoRoot } from "../helpers.ts";
import { bodyInMemory } from "../../../scripts/corpus/body-spool.ts";

let work: string;
let entries: CorpusEntry[];
let stockRuns: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "attach-review-"));
  const sources = join(repoRoot, "content", "sources");
  const names = (await readdir(sources)).filter((f) => f.endsWith(".txt")).sort();
  entries = [];
  for (const [i, name] of names.entries()) entries.push({ id: `r${i}`, report: { ...(await processText(await readFile(join(sources, name), "utf8"), name)).report, order: i }, body: bodyInMemory("") });
  stockRuns = corpusStockRuns(entries);
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Each entry's review under these stock runs, with or without a memo. */
async function reviews(runs: string[], memoFile?: string): Promise<(Review | undefined)[]> {
  const memo = memoFile ? await openReportMemo<[string, Review]>(memoFile, "code") : undefined;
  attachReview(entries, runs, [], memo);
  await memo?.save();
  return entries.map((e) => structuredClone(e.review));
}

describe("attachReview with a memo", () => {
  it("recalls each report's signals, makes the stock signals again where the stock runs changed, and gives what a review from nothing gives", async () => {
    expect(stockRuns.length, "the shipped reports share stock runs").toBeGreaterThan(10);
    const memo = join(work, "review.jsonl");
    const fresh = await reviews(stockRuns);
    expect(await reviews(stockRuns, memo)).toEqual(fresh);
    expect(await reviews(stockRuns, memo)).toEqual(fresh);
    // Half the stock runs gone: every report's stock share changes, nothing else does.
    const fewer = stockRuns.filter((_, i) => i % 2 === 0);
    const freshFewer = await reviews(fewer);
    expect(freshFewer.map((r) => r?.stockShare)).not.toEqual(fresh.map((r) => r?.stockShare));
    const recalled = await reviews(fewer, memo);
    expect(JSON.stringify(recalled)).toBe(JSON.stringify(freshFewer));
  });
});
