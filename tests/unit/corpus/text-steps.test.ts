import { describe, expect, it } from "vitest";
import { startTextSteps } from "../../../scripts/corpus/text-steps.ts";
import { findStockRuns } from "../../../src/similarity/check/stock-phrases.ts";
import { findLookalikes, type Comparand } from "../../../src/similarity/find-lookalikes.ts";
import { mulberry32 } from "../../../src/similarity/hash.ts";
import { comparable } from "../../../src/similarity/shingles.ts";

const phrases = ["存在好人主义思想", "在大是大非面前不敢发声", "面对错误言论退避三舍", "下基层调研时间少", "对基层实情了解不够", "为领导出谋划策作用发挥不够", "理论学习不够深入系统", "学用脱节", "抓落实的韧劲不足"];

/** `reports` reports of 8 passages each, three phrases of the same few each (many look-alikes, many ties), every tenth report empty. */
function corpus(reports: number): Comparand[] {
  const random = mulberry32(7);
  const pick = () => phrases[(random() as number) % phrases.length] as string;
  return Array.from({ length: reports * 8 }, (_, i) => ({ group: Math.floor(i / 8), text: `${pick()}，${pick()}，${pick()}。` })).filter((p) => p.group % 10 !== 3);
}

/** What the steps give when done one after the other on this thread: the reference. */
function reference(items: Comparand[], reports: number) {
  const letters = Array.from({ length: reports }, (_, group) => items.filter((p) => p.group === group).map((p) => comparable(p.text).chars));
  return { stock: { runs: findStockRuns(() => letters, reports), letters }, lookalikes: findLookalikes(items) };
}

describe("startTextSteps", () => {
  it("finds on its own thread exactly the letters, stock runs and look-alikes found one after the other, for a corpus large enough to use one", async () => {
    const items = corpus(300);
    expect(items.length, "enough passages for a thread").toBeGreaterThanOrEqual(2_000);
    const steps = startTextSteps(items, 300);
    const found = { stock: await steps.stock, lookalikes: await steps.lookalikes };
    expect(found.stock.runs.length, "the corpus has stock runs").toBeGreaterThan(30);
    expect(found.lookalikes.matches.flat().length, "the corpus has look-alikes").toBeGreaterThan(1_000);
    expect(found).toEqual(reference(items, 300));
  });

  it("counts a report without passages in the corpus's size, as the stock runs' share does", async () => {
    const items = corpus(20);
    const steps = startTextSteps(items, 20);
    expect({ stock: await steps.stock, lookalikes: await steps.lookalikes }).toEqual(reference(items, 20));
  });
});
