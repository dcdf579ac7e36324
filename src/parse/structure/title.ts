import { bracketCn, itemMarker, sectionHeading } from "./enumerators.ts";

/** Words that name the genre in a title line. */
export const titleWords =
  /对照检查|对照检视|检视剖析|对照剖析|自我剖析|发言提纲|剖析材料|个人发言|发言材料|检查材料|对照材料|检视材料|查摆材料|党性分析|生活会(上的)?发言/u;
/** A sentence inside a line: titles are noun phrases, so a comma, a stop or a trailing colon rules one out. */
const sentency = /[。；！？，,]|[：:]$/u;
/** `——在…民主生活会上的发言`, the subtitle under a title. */
const subtitle = /^[—─-]{1,2}\s*\S/u;

/** The title lines of a report among its first paragraphs, as `[from, to)`, and the title they make; null when none. */
export function findTitle(texts: string[], firstHeading: number): { from: number; to: number; title: string } | null {
  const searchTo = Math.min(firstHeading < 0 ? texts.length : firstHeading, 4);
  // A line naming the genre is the title wherever it is among the first lines; only failing one, a short first line.
  const named = texts.slice(0, searchTo).findIndex((text) => isTitleLine(text) && titleWords.test(text));
  // A title broken inside its genre words (`…对照检` / `查材料`, as a PDF wraps it) names the genre only when joined.
  const broken = texts.slice(0, searchTo).findIndex((text, k) => {
    const joined = text + (texts[k + 1] ?? "");
    return isTitleLine(text) && isTitleLine(texts[k + 1] ?? "") && !titleWords.test(text) && titleWords.test(joined) && joined.length <= 60;
  });
  const first = texts[0] ?? "";
  const brokenFirst = broken >= 0 && (named < 0 || broken < named);
  const i = brokenFirst ? broken + 1 : named >= 0 ? named : searchTo > 0 && isTitleLine(first) && (texts[1]?.length ?? 0) > 3 * first.length ? 0 : -1;
  if (i < 0) return null;
  // A title set over two lines: the unit on the first, the genre on the second.
  const from = brokenFirst ? broken : i > 0 && isTitleHead(texts[i - 1] ?? "") ? i - 1 : i;
  let title = texts.slice(from, i + 1).join("");
  let to = i + 1;
  const next = texts[to] ?? "";
  if (subtitle.test(next) && next.length <= 40 && !sentency.test(next)) title += texts[to++];
  return { from, to, title };
}

/** A line that may be a title: short, not a sentence, not numbered. */
function isTitleLine(text: string): boolean {
  return text.length <= 60 && !sentency.test(text) && !sectionHeading(text) && !bracketCn(text) && !itemMarker(text);
}

/** A line that may be the first half of a two-line title: a unit or office, no sentence, no genre word of its own. */
function isTitleHead(text: string): boolean {
  return text.length <= 30 && !sentency.test(text) && !titleWords.test(text) && /[委局办院校所部会组队站厅镇乡街区县市省司班子支部]$/u.test(text);
}
