// A batch's machine-readable results: every other draft as a peer in --json, one CSV row per file (src/similarity/check/batch.ts).
import { describe, expect, it } from "vitest";
import type { SignalView } from "../../../../src/review/explain.ts";
import type { Review } from "../../../../src/schemas/review.ts";
import { batchCsv, batchJson, batchPeers, type BatchEntry, type CheckedDraft } from "../../../../src/similarity/check/batch.ts";
import type { CheckResult } from "../../../../src/similarity/check/check-draft.ts";
import type { ParsedDraft } from "../../../../src/similarity/check/parse-draft.ts";

const shared = "对分管领域的安全隐患排查不深不细，习惯于看台账听汇报，到一线实地检查的次数偏少";
const texts = [
  [shared, "在联系服务群众上，对群众反映的停车难问题回应不及时，跟踪督办不到位"],
  [shared, "推进项目建设时统筹协调不够，个别项目进度滞后，我没有及时到现场解决问题"],
  ["抓意识形态工作时重部署轻检查，对网络舆情的研判不够及时，应对处置办法不多"],
];
const signal = (label: string, value: string) => ({ key: "stock", label, value }) as SignalView;
const drafts: CheckedDraft[] = texts.map((items, i) => ({
  file: `${i + 1}.txt`,
  draft: { items: items.map((text) => ({ section: "problem", heading: "", headline: "", text, themes: [] })) } as unknown as ParsedDraft,
  result: { share: 0.1 * i, han: 100, copied: 10 * i, items: [], fetched: { shards: 0, chunks: 0, reports: 0 } } as CheckResult,
  review: { stockShare: 0 } as Review,
  signals: [signal("套话", `${i}.0%`), signal("具体", "—")],
}));
const manifest = { minRun: 8, stock: { k: 4, maxLength: 30, runs: [] } };

describe("batch results", () => {
  const pairs = batchPeers(drafts, manifest);

  it("lists every other draft as a peer, highest share first, with the review", () => {
    const json = batchJson(drafts, pairs, 0);
    expect(json.peers.map((p) => p.file)).toEqual(["2.txt", "3.txt"]);
    expect(json.peers[0]?.share).toBeGreaterThan(0.4);
    expect(json.peers[1]?.share).toBe(0);
    expect(json.review).toBe(drafts[0]?.review);
  });

  it("writes one CSV row per file, in order, a file that could not be checked with its reason", () => {
    const entries: BatchEntry[] = [drafts[0] as CheckedDraft, { file: "坏.pdf", error: "PDF 文件不能直接读取" }, drafts[1] as CheckedDraft, drafts[2] as CheckedDraft];
    const rows = batchCsv(entries, pairs, "https://example.invalid/").trimEnd().split("\r\n");
    expect(rows[0]).toBe("文件,文字重复率,主要来源,来源位置,套话,具体,最相近的草稿,见于该草稿的比例,说明");
    expect(rows.slice(1).map((r) => r.split(",")[0])).toEqual(["1.txt", "坏.pdf", "2.txt", "3.txt"]);
    expect(rows[1]).toMatch(/^1\.txt,0\.0%,,,0\.0%,—,2\.txt,\d+\.\d%,$/);
    expect(rows[2]).toBe("坏.pdf,,,,,,,,PDF 文件不能直接读取");
    expect(rows[4], "a draft sharing nothing has no closest draft").toBe("3.txt,20.0%,,,2.0%,—,,,");
  });
});
