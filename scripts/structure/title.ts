import { bracketCn, itemMarker, sectionHeading } from "./enumerators.ts";

/** Words that name the genre in a title line. */
export const titleWords =
  /对照检查|对照检视|检视剖析|对照剖析|自我剖析|发言提纲|剖析材料|个人发言|发言材料|检查材料|对照材料|检视材料|查摆材料|党性分析|生活会(上的)?发言/u;
/** A sentence inside a line: titles are noun phrases, so a comma, a stop or a trailing colon rules one out. */
const sentency = /[。；！？，,]|[：:]$/u;
/** `——在…民主生活会上的发言`, the subtitle under a title. */
const subtitle = /^[—─-]{1,2}\s*\S/u;
/** The name or date under a title: `张三`, `（2024年1月20日）`, `xx镇党委书记 张三`. */
const byline = /^[（(]?\s*(20\d\d|二〇)[^。，]{0,14}[)）]?$|^[\p{Script=Han}xX×*\s]{2,20}$/u;

/** The title lines of a report among its first paragraphs, as `[from, to)`, and the title they make; null when none. */
export function findTitle(texts: string[], firstHeading: number): { from: number; to: number; title: string } | null {
  const searchTo = Math.min(firstHeading < 0 ? texts.length : firstHeading, 4);
  for (let i = 0; i < searchTo; i++) {
    const text = texts[i] ?? "";
    if (!isTitleLine(text, texts[i + 1], i)) continue;
    // A title set over two lines: the unit on the first, the genre on the second.
    const from = i > 0 && isTitleHead(texts[i - 1] ?? "") ? i - 1 : i;
    let title = texts.slice(from, i + 1).join("");
    let to = i + 1;
    if (subtitle.test(texts[to] ?? "") && (texts[to] ?? "").length <= 40 && !sentency.test(texts[to] ?? "")) title += texts[to++];
    return { from, to, title };
  }
  return null;
}

/** A byline under the title (name, date), not yet part of the lead-in. */
export function isByline(text: string): boolean {
  return byline.test(text) && !titleWords.test(text);
}

/** A title line: short, not a sentence, names the genre, or is the first line and followed by a much longer lead-in. */
function isTitleLine(text: string, next: string | undefined, index: number): boolean {
  if (text.length > 60 || sentency.test(text) || sectionHeading(text) || bracketCn(text) || itemMarker(text)) return false;
  return titleWords.test(text) || (index === 0 && next !== undefined && next.length > 3 * text.length);
}

/** A line that may be the first half of a two-line title: a unit or office, no sentence, no genre word of its own. */
function isTitleHead(text: string): boolean {
  return text.length <= 30 && !sentency.test(text) && !titleWords.test(text) && /[委局办院校所部会组队站厅镇乡街区县市省司班子支部]$/u.test(text);
}
