import { toSimplified } from "../text/script.ts";
import { titleWords } from "./structure/title.ts";

const numeral = "[一二三四五六七八九十\\d]{1,3}";
/**
 * A label that opens one of several reports in a downloaded collection: `篇一`, `【篇二】`, `第三篇`, `范文四`,
 * `篇5：某局对照检查材料` (the title may follow on the same line). `第一，` is a point, not a label: `第` needs `篇`.
 */
const labelLine = new RegExp(
  `^(?:#+\\s*)?[【\\[（(]?\\s*(?:(?:篇|范文|例文|材料)\\s*(${numeral})|第\\s*(${numeral})\\s*篇)\\s*[】\\]）)]?\\s*(?:[：:、.．\\s]\\s*(.*))?$`,
  "u",
);
/** A section heading `一、…`: every report of a collection starts its numbering again. */
const firstSection = /^(?:#+\s*)?一\s*[、．.]/u;
const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/u;

/** The reports a file holds: one, or several split at their labels or at their repeated titles. */
export interface SplitText {
  /** Each report's text, in order. */
  parts: string[];
  /** How the file was split, for the build report ("" when it holds one report). */
  note: string;
}

/** The report number a line labels (`篇二` → 2), or null when it is no such label. */
export function reportLabel(line: string): number | null {
  return readLabel(line)?.n ?? null;
}

/** A label's number and the title written after it on the same line (`篇二：某局对照检查材料`). */
export function readLabel(line: string): { n: number; rest: string } | null {
  const m = labelLine.exec(line.trim());
  const n = m?.[1] ?? m?.[2];
  const rest = (m?.[3] ?? "").trim();
  if (!n || rest.length > 60 || /[。；！？]/u.test(rest)) return null;
  return { n: /\d/u.test(n) ? Number(n) : "一二三四五六七八九十".indexOf(n.slice(-1)) + 1 + (n.length > 1 ? 10 : 0), rest };
}

/**
 * Splits a collection of reports (a downloaded page of 篇一, 篇二 …, or several titled reports one after the
 * other) into its reports. Labels count only as a run 1, 2, 3…; titles only where each is followed by its own
 * `一、` heading. Lines before the first report are kept as a report of their own only if they can be one.
 */
export function splitReports(text: string): SplitText {
  const head = frontmatter.exec(text)?.[0] ?? "";
  const lines = text.slice(head.length).split(/\r\n|\r|\n/u);
  const labelled = labelStarts(lines);
  const starts = labelled.length >= 2 ? labelled : titleStarts(lines);
  if (starts.length < 2) return { parts: [text], note: "" };
  const cut = (from: number, to: number) => lines.slice(from, to).join("\n");
  // A label line gives way to the title written after it, if any.
  const parts = starts.map((at, k) => {
    const title = labelled.length >= 2 ? (readLabel(lines[at] ?? "")?.rest ?? "") : null;
    const body = cut(title === null ? at : at + 1, starts[k + 1] ?? lines.length);
    return head + (title ? `${title}\n${body}` : body);
  });
  const before = cut(0, starts[0] ?? 0).trim();
  const kept = (before.match(/\p{Script=Han}/gu)?.length ?? 0) >= 100;
  if (kept) parts.unshift(head + before);
  const by = labelled.length >= 2 ? `按“${lines[labelled[0] ?? 0]?.trim()}”等标签` : "按各篇的标题";
  const beforeLines = before.split("\n").filter((line) => line.trim() !== "");
  const first = beforeLines[0]?.trim().slice(0, 30) ?? "";
  const dropped = before && !kept ? `；第一篇之前的 ${beforeLines.length} 行（“${first}”${beforeLines.length > 1 ? "等" : ""}）不是材料正文，未收录` : "";
  return { parts, note: `文件中有 ${parts.length} 篇材料，${by}分开，各自收录为一篇报告${dropped}。` };
}

/** Lines labelling reports 1, 2, 3… in order; [] unless there are at least two. */
function labelStarts(lines: string[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const n = readLabel(line)?.n;
    // A table of contents listing 篇一, 篇二 … comes first: the count starts again at the real 篇一.
    if (n === 1) starts.splice(0, starts.length, i);
    else if (n === starts.length + 1) starts.push(i);
  });
  return starts.length >= 2 ? starts : [];
}

/** Title lines each followed, before the next, by a `一、` heading: where titled reports follow one another. */
function titleStarts(lines: string[]): number[] {
  const titles = lines.flatMap((line, i) => {
    const t = line.trim().replace(/^#+\s*/u, "");
    // Titles copied from mirror sites are in traditional script (對照檢查材料); a breadcrumb
    // (`当前位置：首页 > 对照检查材料`) names the genre too, but a title holds no colon or path separator.
    return t.length <= 60 && !/[。；！？，,：:>＞›»|｜]/u.test(t) && titleWords.test(toSimplified(t)) ? [i] : [];
  });
  return titles.filter((at, k) => {
    const body = lines.slice(at + 1, titles[k + 1] ?? lines.length);
    // A table of contents under a page title repeats the headings but holds no sentence: it is no report.
    return body.some((line) => firstSection.test(line.trim())) && (body.join("").match(/\p{Script=Han}/gu)?.length ?? 0) >= minReportHan && body.some((line) => line.includes("。"));
  });
}

/** Fewest Chinese characters under a title for it to start a report of a collection. */
const minReportHan = 100;
