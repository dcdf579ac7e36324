import { matchForm } from "./highlight.ts";
import { toCsvRows } from "../lib/csv.ts";

/** One occurrence of a phrase with its context: a line of a concordance (KWIC). */
export interface KwicLine {
  left: string;
  match: string;
  right: string;
  /** Where the passage lives: `reports/<id>/#<passage>`. */
  path: string;
  /** The report's title, for the plain-text and CSV exports. */
  report: string;
}

/** Every occurrence of `term` in `text` (Latin case and script ignored), with up to `width` characters either side, as written. */
export function kwicLines(text: string, term: string, width: number, where: Pick<KwicLine, "path" | "report">): KwicLine[] {
  const flat = text.replace(/\n/g, " ");
  const lower = matchForm(flat);
  const needle = matchForm(term);
  const lines: KwicLine[] = [];
  if (!needle) return lines;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    lines.push({ left: flat.slice(Math.max(0, at - width), at), match: flat.slice(at, end), right: flat.slice(end, end + width), ...where });
  }
  return lines;
}

/** Sorts lines by the words right before the phrase (read backwards) or right after it, as concordancers do. */
export function sortLines(lines: KwicLine[], by: "left" | "right" | "corpus"): KwicLine[] {
  if (by === "corpus") return lines;
  const key = (l: KwicLine) => (by === "left" ? [...l.left].reverse().join("") : l.right);
  const collator = new Intl.Collator("zh-CN");
  return [...lines].sort((a, b) => collator.compare(key(a), key(b)));
}

/** The concordance as tab-separated plain text, one occurrence a line. */
export function toPlainText(lines: KwicLine[]): string {
  return lines.map((l) => `${l.left}\t${l.match}\t${l.right}\t${l.report}\t${l.path}`).join("\n");
}

/** The concordance as CSV (RFC 4180 quoting), with a header row. */
export function toCsv(lines: KwicLine[]): string {
  return toCsvRows([["左文", "检索词", "右文", "报告", "位置"], ...lines.map((l) => [l.left, l.match, l.right, l.report, l.path])]);
}
