import type { CheckReport } from "../../schemas/check-index.ts";
import type { CheckResult } from "./check-draft.ts";

/** A report the draft's matched items come from: how many items, and how many of the draft's Han characters. */
export interface SourceSummary {
  report: CheckReport;
  items: number;
  chars: number;
}

/** The reports the draft draws on, by the items whose closest match they hold, most characters first. */
export function topSources(result: CheckResult, limit = 5): SourceSummary[] {
  const byUrl = new Map<string, SourceSummary>();
  for (const item of result.items) {
    const best = item.matches[0];
    if (!best) continue;
    const s = byUrl.get(best.report.url) ?? { report: best.report, items: 0, chars: 0 };
    s.items++;
    s.chars += Math.round(best.similarity * item.han);
    byUrl.set(best.report.url, s);
  }
  return [...byUrl.values()].sort((a, b) => b.chars - a.chars || b.items - a.items || (a.report.url < b.report.url ? -1 : 1)).slice(0, limit);
}

/** A share as the page and the command print it: 12.3%. */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The machine-readable result of one draft, as `npm run check -- --json` prints it and the page's CSV is made from. */
export function resultJson(file: string, result: CheckResult) {
  return {
    file,
    share: round(result.share),
    items: result.items.map((r) => ({
      section: r.item.section,
      headline: r.item.headline,
      share: round(r.han ? r.copied / r.han : 0),
      matches: r.matches.map((m) => ({ url: m.url, similarity: round(m.similarity) })),
    })),
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
