import { toCsvRows } from "../../lib/csv.ts";
import type { SignalView } from "../../review/explain.ts";
import { explainDraft, reviewDraft } from "../../review/review-draft.ts";
import type { Review } from "../../schemas/review.ts";
import type { CheckManifest, CheckParseOptions } from "../../schemas/check-index.ts";
import type { PrescribedList } from "../../schemas/prescribed.ts";
import type { ThemeModel } from "../../themes/model.ts";
import { checkDraft, type CheckResult, type IndexSource } from "./check-draft.ts";
import { parseDraft, type ParsedDraft } from "./parse-draft.ts";
import { findPeers, peersOf, type PeerPair } from "./peers.ts";
import { stockSet } from "./stock-phrases.ts";
import { percent, resultJson, topSources } from "./summary.ts";

/** A draft of a batch that was checked: its file name, parse, 查重 result and 审读 signals. */
export interface CheckedDraft {
  file: string;
  draft: ParsedDraft;
  result: CheckResult;
  review: Review;
  signals: SignalView[];
}

/** A file of the batch: checked, or why not. */
export type BatchEntry = CheckedDraft | { file: string; error: string };

export const isChecked = (e: BatchEntry): e is CheckedDraft => "result" in e;

/** What a draft is checked with: the index, the parse options and model the build used, the prescribed lists. */
export interface CheckSetting {
  source: IndexSource;
  parse: CheckParseOptions;
  model: ThemeModel;
  lists: PrescribedList[];
}

/** Parses, checks and reviews one draft, as the page and the command both do; `explain` says how its signals link and name themes. */
export async function checkDraftText(
  text: string,
  file: string,
  { source, parse, model, lists }: CheckSetting,
  explain: Parameters<typeof explainDraft>[2],
): Promise<CheckedDraft> {
  const draft = await parseDraft(text, file, parse, model);
  const result = await checkDraft(draft.items, source);
  const review = reviewDraft(draft, source.manifest, lists);
  return { file, draft, result, review, signals: explainDraft(draft, review, explain) };
}

/** How much of each checked draft is found in each other one, as the 查重 counts shared wording. */
export function batchPeers(checked: CheckedDraft[], manifest: Pick<CheckManifest, "minRun" | "stock">): PeerPair[] {
  return findPeers(
    checked.map((c) => c.draft.items),
    { minRun: manifest.minRun, stock: stockSet(manifest.stock.runs, manifest.stock) },
  );
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The machine-readable result of one draft of a batch: `resultJson`'s, every other draft by share, and the signals. */
export function batchJson(checked: CheckedDraft[], pairs: PeerPair[], i: number) {
  const c = checked[i] as CheckedDraft;
  return {
    ...resultJson(c.file, c.result),
    peers: peersOf(pairs, i).map((p) => ({ file: (checked[p.to] as CheckedDraft).file, share: round(p.share) })),
    review: c.review,
  };
}

/**
 * The batch as CSV, one row per file in the order given: 重复率, the main source, each signal's value, the other
 * draft holding most of it (none where no other holds any); a file that could not be checked has its reason in the last column.
 */
export function batchCsv(entries: BatchEntry[], pairs: PeerPair[], base: string): string {
  const checked = entries.filter(isChecked);
  const labels = checked[0]?.signals.map((s) => s.label) ?? [];
  const rows = [["文件", "文字重复率", "主要来源", "来源位置", ...labels, "最相近的草稿", "见于该草稿的比例", "说明"]];
  for (const e of entries) {
    if (!isChecked(e)) {
      rows.push([e.file, "", "", "", ...labels.map(() => ""), "", "", e.error]);
      continue;
    }
    const source = topSources(e.result, 1)[0];
    // A draft sharing nothing with the others has no closest one.
    const peer = peersOf(pairs, checked.indexOf(e)).find((p) => p.share > 0);
    rows.push([
      e.file,
      percent(e.result.share),
      source?.report.title ?? "",
      source ? `${base}${source.report.url}` : "",
      ...e.signals.map((s) => s.value),
      peer ? (checked[peer.to] as CheckedDraft).file : "",
      peer ? percent(peer.share) : "",
      "",
    ]);
  }
  return toCsvRows(rows);
}
