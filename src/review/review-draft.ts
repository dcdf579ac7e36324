import type { CheckManifest } from "../schemas/check-index.ts";
import type { PrescribedList } from "../schemas/prescribed.ts";
import type { Review } from "../schemas/review.ts";
import type { ParsedDraft } from "../similarity/check/parse-draft.ts";
import { stockSet } from "../similarity/check/stock-phrases.ts";
import { explainReview, passageLabeler, type SignalView } from "./explain.ts";
import { listsByKey } from "./prescribed.ts";
import { reviewReport } from "./review-report.ts";

/**
 * The 审读 signals of a draft, as the build computes a report's: against the corpus's stock wording (the 查重
 * manifest's) and the prescribed lists (/data/prescribed.json). A draft has no author, so no series.
 */
export function reviewDraft(draft: ParsedDraft, manifest: Pick<CheckManifest, "stock">, lists: PrescribedList[]): Review {
  return reviewReport(draft.review, {
    stock: stockSet(manifest.stock.runs, manifest.stock),
    lists: listsByKey(lists),
  });
}

/**
 * A draft's signals explained as the report page explains a report's, evidence pointing at the draft's items (an
 * aspect heading at the aspect's first item). 年复一年 is left out: without an author there is nothing to compare.
 */
export function explainDraft(draft: ParsedDraft, review: Review, options: { href(passage: string): string; themeName(id: string): string }): SignalView[] {
  const { passages, sections } = draft.review;
  const item = (id: string) => passages.find((p) => p.id === id)?.id ?? passages.find((p) => p.section === "problem" && `a${p.aspect}` === id)?.id ?? id;
  return explainReview(review, {
    label: passageLabeler(passages, sections.flatMap((s) => s.aspects)),
    href: (passage) => options.href(item(passage)),
    earlierHref: (ref) => ref,
    themeName: options.themeName,
  }).filter((s) => s.key !== "repeats");
}
