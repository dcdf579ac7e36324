// The 审读 signals on the five shipped reports, and on each of them with one aspect cut out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPrescribed } from "../../../scripts/review/load-prescribed.ts";
import { listKey } from "../../../src/review/prescribed.ts";
import { reviewReport, type ReviewContext } from "../../../src/review/review-report.ts";
import type { ParsedReport } from "../../../src/schemas/report.ts";
import { stockSet } from "../../../src/similarity/check/stock-phrases.ts";
import { processText, repoRoot } from "../helpers.ts";

const shipped = ["000_088d5b5e524c3f63.txt", "001_53bd226f14dc173a.txt", "002_083d35de5056dc6e.txt", "003_9a80815418a2daeb.txt", "004_5761a69fc561d9e2.txt"];
const reports = new Map<string, ParsedReport>();
let context: ReviewContext;

beforeAll(async () => {
  const lists = await loadPrescribed(join(repoRoot, "content", "prescribed"));
  context = { stock: stockSet([]), lists: new Map(lists.map((l) => [listKey(l.year, l.meeting), l])) };
  for (const f of shipped) reports.set(f.slice(0, 3), (await processText(readFileSync(join(repoRoot, "content", "sources", f), "utf8"), f)).report);
});

/** The report without aspect n: its heading and its items gone, as a writer would cut it. */
function cut(r: ParsedReport, n: number): ParsedReport {
  return {
    ...r,
    sections: r.sections.map((s) => ({ ...s, aspects: s.aspects.filter((a) => a.n !== n) })),
    passages: r.passages.filter((p) => !(p.section === "problem" && p.aspect === n)),
  };
}

describe("审读 of the shipped reports", () => {
  it("finds every prescribed aspect of 2021 in the four 民主生活会 reports, and says 004's meeting has no list", () => {
    for (const id of ["000", "001", "002", "003"]) {
      const r = reviewReport(reports.get(id) as ParsedReport, context);
      expect(r.prescribed?.missing, id).toEqual([]);
      expect(r.prescribed?.covered, id).toHaveLength(5);
    }
    expect(reviewReport(reports.get("004") as ParsedReport, context).prescribedNote).toMatch(/2021 年度组织生活会没有收录规定方面/);
  });

  it("reports an aspect cut out of a report that follows the notice's aspects as missing", () => {
    for (const id of ["000", "001", "003"]) {
      const r = reports.get(id) as ParsedReport;
      for (const a of r.sections.flatMap((s) => s.aspects)) {
        const review = reviewReport(cut(r, a.n), context);
        expect(review.prescribed?.missing, `${id} without aspect ${a.n}（${a.heading.slice(0, 16)}…）`).toHaveLength(1);
      }
    }
  });

  it("reports 000's rectification review and no review in the others", () => {
    expect(reviewReport(reports.get("000") as ParsedReport, context).rectification).toEqual({ items: 6, expected: true });
    expect(reviewReport(reports.get("001") as ParsedReport, context).rectification).toEqual({ items: 0, expected: true });
  });
});
