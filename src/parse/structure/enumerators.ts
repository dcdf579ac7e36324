import type { SectionKind } from "../../schemas/report.ts";

const cnDigits = "一二三四五六七八九十";
const cn = `[${cnDigits}]+`;

/** Converts a Chinese numeral up to 99 (`十二`, `二十`) to a number. */
export function cnToNumber(s: string): number {
  const d = (c: string | undefined) => (c ? cnDigits.indexOf(c) + 1 : 0);
  const ten = s.indexOf("十");
  if (ten < 0) return d(s[0]);
  return (ten === 0 ? 1 : d(s[ten - 1])) * 10 + d(s[ten + 1]);
}

/** Converts 1..99 to a Chinese numeral, the inverse of `cnToNumber`. */
export function numberToCn(n: number): string {
  const units = ["", ...cnDigits.slice(0, 9)];
  if (n < 10) return units[n] ?? "";
  return `${n >= 20 ? units[Math.floor(n / 10)] : ""}十${units[n % 10]}`;
}

/** A marker at the start of a paragraph and the text after it. */
export interface Marked {
  /** Which family of enumerator, so sibling items can be recognised by the same style. */
  style: string;
  /** The ordinal it carries. */
  n: number;
  /** The marker as written. */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/** How a point heading an aspect reads (`在理论学习上有差距`, `政治建设方面存在的问题`, `形式主义之风要…`), not a finding of its own. */
export const aspectWords = /方面|带头|之风|上(还)?(有|存在)[^。，]{0,6}(差距|不足|欠缺|短板|问题)|存在的(主要|突出)?问题/u;

/** `一、存在的主要问题`: a section heading, short and not a sentence. */
export function sectionHeading(text: string): Marked | null {
  const m = new RegExp(`^(${cn})\\s*[、．.，]\\s*(.+)$`, "u").exec(text);
  if (!m?.[1] || !m[2]) return null;
  if (m[2].length > 40 || /[。；！？]./u.test(m[2])) return null;
  return { style: "section", n: cnToNumber(m[1]), marker: text.slice(0, text.length - m[2].length), rest: m[2] };
}

/** `（一）`: an aspect in the problem section, a top-level item elsewhere. */
export function bracketCn(text: string): Marked | null {
  const m = new RegExp(`^[（(](${cn})[)）]\\s*`, "u").exec(text);
  if (!m?.[1]) return null;
  return { style: "bracket-cn", n: cnToNumber(m[1]), marker: m[0].trim(), rest: text.slice(m[0].length) };
}

// `第一，…第二，…` is not here: like `一是…二是…` it is often written inside one paragraph (see splitShi).
const itemPatterns: [style: string, re: RegExp, ordinal: (s: string) => number][] = [
  ["arabic", /^(\d{1,2})\s*[、．.)）](?!\d)\s*/u, Number],
  ["bracket-arabic", /^[（(](\d{1,2})[)）]\s*/u, Number],
  ["circled", /^([①-⑳])\s*/u, (s) => s.charCodeAt(0) - 0x2460 + 1],
  ["sequence", /^(首先|其次|再次|然后|最后)[，,、：:]\s*/u, (s) => ["首先", "其次", "再次", "然后", "最后"].indexOf(s) + 1],
];

/** Word enumerators also open ordinary sentences (最后，…): they count only as a sequence begun at its first word. */
export const mustStartAtOne = new Set(["sequence"]);

/** `1、` `1）` `（1）` `①` `首先，` at the start of a paragraph. */
export function itemMarker(text: string): Marked | null {
  for (const [style, re, ordinal] of itemPatterns) {
    const m = re.exec(text);
    if (m?.[1]) return { style, n: ordinal(m[1]), marker: m[0].trim(), rest: text.slice(m[0].length) };
  }
  return null;
}

/** A paragraph's opening marker in any outline style: `1、` `（1）` `①` `首先，`, a point `一是` `第一，`, or `一、` numbering items. */
export function outlineMarker(text: string): Marked | null {
  return itemMarker(text) ?? pointMarker(text) ?? cnItemMarker(text);
}

/** `一、` opening an item: where it numbers the points of a section rather than the sections (see remarkSections). */
export function cnItemMarker(text: string): Marked | null {
  const m = new RegExp(`^(${cn})、\\s*`, "u").exec(text);
  if (!m?.[1]) return null;
  return { style: "cn", n: cnToNumber(m[1]), marker: m[0].trim(), rest: text.slice(m[0].length) };
}

/** One piece of a paragraph split at `一是…二是…` or `第一，…第二，…`. */
export interface ShiPiece {
  marker: string;
  text: string;
}

// The two families of points written inline, `一是` and `第一，` (with any of its usual separators),
// as patterns around a numeral pattern.
const pointFamilies: ((numeral: string) => string)[] = [(n) => `${n}是`, (n) => `第${n}[，,、：:]`];

/** The style of each family of points: `第一，` heads aspects with `一是` under them, so the two are told apart. */
const pointStyles = ["point", "ordinal"];

/** `一是`, `二是`, `第三，` at the start of a line. */
export function pointMarker(text: string): Marked | null {
  for (const [k, family] of pointFamilies.entries()) {
    const m = new RegExp(`^${family(`(${cn})`)}`, "u").exec(text);
    if (m?.[1]) return { style: pointStyles[k] ?? "point", n: cnToNumber(m[1]), marker: m[0], rest: text.slice(m[0].length) };
  }
  return null;
}

/**
 * Splits `一是…二是…三是…` (or `第一，…第二，…`) points, in order, each at the start or after punctuation.
 * Returns the text before the first point, the points and where the first starts, or null when there is none.
 */
export function splitShi(text: string): { intro: string; items: ShiPiece[]; at: number } | null {
  for (const family of pointFamilies) {
    const starts = pointStarts(text, family);
    if (starts.length > 0) return piecesAt(text, starts);
  }
  return null;
}

/**
 * Where the points `family(1)`, `family(2)`, … start, in order, until one is missing; one skipped number (`二是…四是`)
 * is a slip. A text that opens at a later point (`二是…三是…`, the second page of an article) counts on from it.
 */
function pointStarts(text: string, family: (numeral: string) => string): { at: number; marker: string }[] {
  const starts: { at: number; marker: string }[] = [];
  let from = 0;
  const opening = new RegExp(`^${family(`(${cn})`)}`, "u").exec(text)?.[1];
  const find = (n: number) => {
    const re = new RegExp(`(?:^|(?<=[。；;，,：:！？”」\\s]))${family(numberToCn(n))}`, "gu");
    re.lastIndex = from;
    return re.exec(text);
  };
  for (let n = opening && !find(1) ? cnToNumber(opening) : 1; n < 20; n++) {
    let m = find(n);
    if (!m && starts.length > 0) m = find(++n);
    if (!m) break;
    starts.push({ at: m.index, marker: m[0] });
    from = m.index + m[0].length;
  }
  return starts;
}

/** Cuts the text at the point starts: the intro before the first, then each point without its marker. */
function piecesAt(text: string, starts: { at: number; marker: string }[]): { intro: string; items: ShiPiece[]; at: number } {
  const first = starts[0]?.at ?? 0;
  return {
    at: first,
    intro: text.slice(0, first).trim(),
    items: starts.map((s, i) => ({
      marker: s.marker,
      text: text.slice(s.at + s.marker.length, starts[i + 1]?.at ?? text.length).trim(),
    })),
  };
}

const sectionWords: [SectionKind, RegExp][] = [
  // Last year's problems and how they were fixed: `上次民主生活会查摆问题整改情况`, `整改措施落实情况`.
  ["review", /整改(工作|措施)?的?(落实|完成|推进|进展)?情况|(上[次年一]|前次|去年|以往|前期).{0,16}整改|回头看|整改落实/u],
  ["cause", /原因|根源|根子|病根/u],
  ["measure", /方向|措施|打算|举措|今后|下一步|整改|努力|改进/u],
  ["problem", /问题|查摆|对照|检视|差距|不足|表现|短板/u],
];

/** Classifies a section by its heading words, never by its number (numbers skip). */
export function classifySection(heading: string): SectionKind | null {
  return sectionWords.find(([, re]) => re.test(heading))?.[0] ?? null;
}
