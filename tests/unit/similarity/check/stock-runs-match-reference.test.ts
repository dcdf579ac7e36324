import { describe, expect, it } from "vitest";
import { defaultStockOptions, findStockRuns, type StockOptions } from "../../../../src/similarity/check/stock-phrases.ts";
import { mulberry32 } from "../../../../src/similarity/hash.ts";

/** `findStockRuns` done the plain way: every run of every report cut out as a string, its reports counted in a Map. */
function reference(reports: string[][], { k, share, atLeast, limit }: StockOptions): string[] {
  const threshold = Math.max(atLeast, Math.ceil(share * reports.length));
  const spread = new Map<string, number>();
  for (const texts of reports) {
    const runs = new Set(texts.flatMap((t) => Array.from({ length: Math.max(0, t.length - k + 1) }, (_, i) => t.slice(i, i + k))));
    for (const run of runs) spread.set(run, (spread.get(run) ?? 0) + 1);
  }
  return [...spread]
    .filter(([, n]) => n >= threshold)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([run]) => run);
}

/** Reports of a few passages each, made of clauses some of which many reports share, the rest their own. */
function corpus(reports: number, seed: number): string[][] {
  const random = mulberry32(seed);
  const letters = "学习贯彻党的理论思想政治建设担当作为纪律作风基层群众调查研究形式主义官僚主义整改落实责任";
  const clause = () => Array.from({ length: 4 + (random() % 9) }, () => letters[random() % letters.length]).join("");
  const common = Array.from({ length: 40 }, clause);
  return Array.from({ length: reports }, () =>
    Array.from({ length: 1 + (random() % 6) }, () => Array.from({ length: 1 + (random() % 4) }, () => (random() % 3 === 0 ? (common[random() % common.length] as string) : clause())).join("")),
  );
}

describe("findStockRuns", () => {
  it("finds exactly the runs, in the order, that a plain count of every run of every report finds", () => {
    for (const [n, seed] of [[30, 1], [400, 2], [2_500, 3]] as const) {
      const reports = corpus(n, seed);
      const found = findStockRuns(() => reports, reports.length);
      expect(found.length, `${n} reports have stock runs`).toBeGreaterThan(10);
      expect(found).toEqual(reference(reports, defaultStockOptions));
    }
  });

  it("keeps the most widespread runs up to the limit, and counts a report without passages", () => {
    const reports = [...corpus(600, 4), [], []];
    const options = { ...defaultStockOptions, limit: 25, k: 3 };
    expect(findStockRuns(() => reports, reports.length, options)).toEqual(reference(reports, options));
  });
});
