import type { Heading, Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { sectionLabels } from "../../lib/labels.ts";
import type { SectionKind } from "../../schemas/report.ts";
import { plain } from "../normalize/remark-normalize.ts";
import { aspectWords, bracketCn, classifySection, mustStartAtOne, outlineMarker, sectionHeading, splitShi, type Marked } from "./enumerators.ts";
import "./mdast-data.ts";
import { inferAfterHeading, inferSections, type InferredStart } from "./infer-sections.ts";
import { findTitle, titleWords } from "./title.ts";

const closingStart = /^(以上|另外|此外，需要|特此|最后，?(恳请|请|诚恳))|批评指正|批评帮助/u;
// A heading that runs on into its body ends at `方面` followed by a stop or by its first point, or, failing
// that, at its first full stop or colon.
const aspectSplit = /^(.*?方面(?:存在的(?:主要|突出)?问题|的问题|的差距)?)(?:[。：:；，,]|(?=[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|\d{1,2}[、.．]|[（(]\d))(.+)$/su;
const sentenceSplit = /^([^。：:]{4,60})[。：:](.+)$/su;
/** The same words without `存在的问题`, which under a section number names the problem section itself. */
const sectionAspectWords = /方面|带头|上(还)?(有|存在)[^。，]{0,6}(差距|不足|欠缺|短板|问题)/u;
// A line opening with a numbered item in any style; `首先/最后` are left out since `最后，恳请…` opens the closing.
const numberedItem = /^(\d|[①-⑳]|[（(]\d|[一二三四五六七八九十]+[是、]|第[一二三四五六七八九十]+[，,、：:])/u;
/** A section heading followed by its lead-in on the same line: `二、存在的问题。对照……查摆如下：`. */
const headingRunOn = /^([一二三四五六七八九十]{1,3}\s*[、．.])\s*([^。：:；！？]{2,30})[。：:；](.+)$/su;
/** An unnumbered aspect heading line: `理论学习方面`, `工作作风方面存在的问题：`. */
const bareAspect = /^[^。，；！？]{2,30}方面(存在的(主要|突出)?问题|的问题)?[：:。]?$/u;
/** A short line leading into a list (`主要有以下原因：`, `具体表现为：`), not a heading. */
const leadsIntoList = /如下|以下|(为|是|有|在)[：:]$/u;
/** An unnumbered heading of a section of no known kind: `基本情况`, `个人有关事项`. */
const otherHeading = /^[^。，；！？、]{2,18}(情况|事项)[：:]?$/u;

/** A section heading as read from a paragraph: its kind, marker, words, and any lead-in run on after it. */
interface SectionHead {
  kind: SectionKind;
  marker: string;
  text: string;
  rest: string;
}

/**
 * Finds the title, the section headings (classified by their words), the aspects of the problem
 * sections and the closing remarks; tags every paragraph with its section and aspect.
 */
export function remarkSections() {
  return (tree: Root, file: VFile) => {
    const out: RootContent[] = [];
    const texts = tree.children.filter((n): n is Paragraph => n.type === "paragraph").map(plain);
    const read = readHeadings(texts);
    const title = findTitle(texts, read.findIndex((h) => h !== null));
    const { heads, aspectAt: topAspects } = headingAspects(read);
    const inferred = unheadedSections(texts, heads, topAspects, title?.to ?? 0);
    for (const start of inferred) file.info(`没有${sectionLabels[start.kind]}部分的标题：从第 ${start.at + 1} 段起读作${sectionLabels[start.kind]}部分（依据：${start.why}）。`);
    const startAt = new Map(inferred.map((s) => [s.at, s]));
    file.data.structured = read.some((h) => h !== null) || inferred.length > 0;
    const aspectAt = new Map([...aspectOpeners(texts, heads, startAt), ...topAspects]);
    const closingFrom = closingIndex(texts, heads);
    let kind: SectionKind = "preamble";
    let aspect = 0;
    // Aspects count on across problem sections, so that their ids stay unique in the report.
    let aspects = 0;

    texts.forEach((text, i) => {
      if (title && i >= title.from && i < title.to) {
        if (i === title.from) out.push(heading(1, title.title, {}));
        return;
      }
      const head = heads[i];
      if (head) {
        kind = head.kind;
        aspect = 0;
        out.push(heading(2, head.text, { kind, marker: head.marker }));
        if (head.rest) out.push(paragraph(head.rest, kind, 0));
        return;
      }
      const start = startAt.get(i);
      if (start) {
        kind = start.kind;
        aspect = 0;
        out.push(heading(2, "", { kind, marker: "", inferredFrom: start.why }));
      }
      if (closingFrom !== null && i >= closingFrom) kind = "closing";
      if (topAspects.has(i) && kind !== "problem") {
        // Aspects numbered as sections (`一、在带头…方面`) make a problem section without a heading of its own.
        kind = "problem";
        out.push(heading(2, "", { kind, marker: "" }));
      }
      const asp = kind === "problem" ? aspectAt.get(i) : undefined;
      if (asp) {
        aspect = ++aspects;
        const [, head = asp.rest, body = ""] = aspectSplit.exec(asp.rest) ?? sentenceSplit.exec(asp.rest) ?? [];
        out.push(heading(3, head.replace(/[。：:；，,]$/u, ""), { aspect, marker: asp.marker }));
        if (body.trim()) out.push(paragraph(body.trim(), kind, aspect));
        return;
      }
      out.push(paragraph(text, kind, aspect));
    });
    tree.children = out;
  };
}

/**
 * The sections of the unheaded run after the title, read by their wording (see infer-sections.ts), where the report
 * has no problem heading and no aspects numbered as sections: its first heading, or its end, ends the run. A lead-in
 * run on before the first point is cut off into a paragraph of its own.
 */
function unheadedSections(texts: string[], heads: (SectionHead | null)[], topAspects: Map<number, Marked>, from: number): InferredStart[] {
  if (topAspects.size > 0 || heads.some((h) => h?.kind === "problem")) return afterHeadings(texts, heads);
  const firstHead = heads.findIndex((h, i) => i >= from && h !== null);
  const starts = inferSections(texts, from, firstHead < 0 ? texts.length : firstHead);
  const cut = starts.find((s) => s.offset > 0);
  if (cut) {
    const text = texts[cut.at] ?? "";
    texts.splice(cut.at, 1, text.slice(0, cut.offset).trim(), text.slice(cut.offset).trim());
    heads.splice(cut.at, 0, null);
    for (const s of starts) if (s !== cut && s.at >= cut.at) s.at++;
    cut.at++;
    cut.offset = 0;
  }
  return [...starts, ...afterHeadings(texts, heads)];
}

/** Sections without a heading of their own, led in inside a headed review, problem or cause section (see inferAfterHeading). */
function afterHeadings(texts: string[], heads: (SectionHead | null)[]): InferredStart[] {
  const headed = new Set<string>(heads.flatMap((h) => (h ? [h.kind] : [])));
  return heads.flatMap((head, i) => {
    if (head?.kind !== "review" && head?.kind !== "problem" && head?.kind !== "cause") return [];
    const next = heads.findIndex((h, k) => k > i && h !== null);
    return inferAfterHeading(texts, i + 1, next < 0 ? texts.length : next, head.kind, headed);
  });
}

/**
 * The section heading each paragraph is, or null. A numbered heading whose words name no known section is a
 * section of kind `other` where its number counts on from the last heading's; where it starts again
 * (`一、` after `三、原因分析`), it numbers an item of the section it is in.
 */
function readHeadings(texts: string[]): (SectionHead | null)[] {
  let last = 0;
  return texts.map((text) => {
    const head = sectionHeadingOf(text);
    if (!head) return null;
    const n = head.n ?? 0;
    if (head.kind === null && n <= last) return null;
    if (n) last = n;
    return { kind: head.kind ?? "other", marker: head.marker, text: head.text, rest: head.rest };
  });
}

/**
 * Headings that are aspects numbered like sections: a run of two or more (`一、在带头…方面`, `二、在…上有差距`)
 * not under a problem heading of their own. They come back as aspect openers, no longer headings.
 */
function headingAspects(read: (SectionHead | null)[]): { heads: (SectionHead | null)[]; aspectAt: Map<number, Marked> } {
  const heads = [...read];
  const aspectAt = new Map<number, Marked>();
  const at = read.flatMap((h, i) => (h ? [i] : []));
  for (let k = 0; k < at.length; ) {
    let end = k;
    while (end < at.length && isHeadingAspect(read[at[end] ?? 0])) end++;
    const previous = read[at[k - 1] ?? -1];
    if (end - k >= 2 && previous?.kind !== "problem") {
      for (const i of at.slice(k, end)) {
        const h = read[i] as SectionHead;
        heads[i] = null;
        aspectAt.set(i, { style: "section", n: 0, marker: h.marker, rest: h.rest ? `${h.text}。${h.rest}` : h.text });
      }
    }
    k = Math.max(end, k + 1);
  }
  return { heads, aspectAt };
}

/** A section heading that reads as an aspect of the problems: aspect words, and not a cause, measure or review. */
function isHeadingAspect(head: SectionHead | null | undefined): boolean {
  return !!head && (head.kind === "other" || head.kind === "problem") && head.marker !== "" && sectionAspectWords.test(head.text);
}

/** A heading line read on its own: numbered (`二、存在的主要问题`), with a run-on lead-in, or a short unnumbered one. */
function sectionHeadingOf(text: string): { kind: SectionKind | null; n?: number; marker: string; text: string; rest: string } | null {
  const numbered = sectionHeading(text);
  if (numbered) return { kind: classifySection(numbered.rest), n: numbered.n, marker: numbered.marker, text: numbered.rest.replace(/[：:。]$/u, ""), rest: "" };
  const runOn = headingRunOn.exec(text);
  if (runOn?.[1] && runOn[2] && runOn[3]) {
    const kind = classifySection(runOn[2]) ?? (/情况$/u.test(runOn[2]) ? "other" : null);
    const n = sectionHeading(`${runOn[1]}${runOn[2]}`)?.n;
    if (kind) return { kind, n, marker: runOn[1], text: runOn[2], rest: runOn[3].trim() };
  }
  // A short unnumbered line of heading words is a heading, unless it leads into a list (主要有以下原因：).
  // A numbered line (`（一）在政治建设上有差距`) is an aspect or an item, and a title (`个人检视剖析材料`) a title,
  // never an unnumbered heading.
  if (text.length <= 20 && !/[。，；！？]/u.test(text) && !leadsIntoList.test(text) && !bracketCn(text) && !outlineMarker(text) && !titleWords.test(text)) {
    const kind = text.length <= 16 ? classifySection(text) : null;
    if (kind || otherHeading.test(text)) return { kind: kind ?? "other", marker: "", text: text.replace(/[：:]$/u, ""), rest: "" };
  }
  return null;
}

/**
 * The paragraphs that open an aspect in each problem section. `（一）` always does. Without it, the section's
 * first numbering style (`1、`, `第一，`, `（1）`) opens aspects where its points read as aspect headings
 * (`在理论学习上有差距`, a bare heading line) or hold numbered points of their own; otherwise those are items.
 */
function aspectOpeners(texts: string[], heads: (SectionHead | null)[], startAt: Map<number, InferredStart>): Map<number, Marked> {
  const openers = new Map<number, Marked>();
  let start = -1;
  const scan = (from: number, to: number) => {
    const body = texts.slice(from, to).map((text, k) => ({ i: from + k, text }));
    const bracketed = body.flatMap(({ i, text }) => {
      const m = bracketCn(text);
      return m ? [[i, m] as const] : [];
    });
    if (bracketed.length > 0) {
      for (const [i, m] of bracketed) openers.set(i, m);
      return;
    }
    const numbered = numberedAspects(body);
    // Failing numbers, bare heading lines (`理论学习方面`) open the aspects.
    const bare = body.filter(({ text }) => bareAspect.test(text)).map(({ i, text }) => ({ i, m: { style: "bare", n: 0, marker: "", rest: text } }));
    for (const { i, m } of numbered.length > 0 ? numbered : bare.length >= 2 ? bare : []) openers.set(i, m);
  };
  heads.forEach((head, i) => {
    // An inferred section begins at its first paragraph, a headed one after its heading.
    const kind = head?.kind ?? startAt.get(i)?.kind;
    if (!kind) return;
    if (start >= 0) scan(start, i);
    start = kind === "problem" ? (head ? i + 1 : i) : -1;
  });
  if (start >= 0) scan(start, texts.length);
  return openers;
}

/** The numbered paragraphs of a problem section without `（一）` that open aspects (see aspectOpeners); [] when none do. */
function numberedAspects(body: { i: number; text: string }[]): { i: number; m: Marked }[] {
  const marks = body.map(({ i, text }) => ({ i, m: outlineMarker(text) }));
  const first = marks.find(({ m }) => m && !(mustStartAtOne.has(m.style) && m.n !== 1))?.m;
  if (!first) return [];
  const points = marks.filter(({ m }) => m?.style === first.style) as { i: number; m: Marked }[];
  const firstAt = points[0]?.i ?? 0;
  const nested =
    marks.some(({ i, m }) => i > firstAt && m && m.style !== first.style) ||
    points.some(({ m }) => (splitShi(m.rest)?.items.length ?? 0) >= 2);
  const headingLike = points.filter(({ m }) => readsAsAspect(m.rest)).length * 2 >= points.length;
  // A lone `1、` is an aspect only where it reads as one and holds points of its own (`具体表现为：一是…`).
  if (points.length < 2) return nested && headingLike ? points : [];
  // `一是` points are items however they read; `第一，` ones head aspects where they read as headings.
  return nested || (first.style !== "point" && headingLike) ? points : [];
}

/** Whether a point's words head an aspect: aspect words in its first sentence, or a bare heading line. */
function readsAsAspect(rest: string): boolean {
  const first = /^[^。：:；]*/u.exec(rest)?.[0] ?? rest;
  return aspectWords.test(first) || (rest.length <= 30 && !/[。，；]/u.test(rest.replace(/[。：:]$/u, "")));
}

/** The paragraph where the closing remarks begin, searched after the last numbered item. */
function closingIndex(texts: string[], heads: (SectionHead | null)[]): number | null {
  let at: number | null = null;
  for (let i = texts.length - 1; i > 0; i--) {
    const text = texts[i] ?? "";
    if (heads[i] || bracketCn(text) || numberedItem.test(text)) break;
    if (closingStart.test(text)) at = i;
  }
  return at;
}

function heading(depth: 1 | 2 | 3, value: string, data: Heading["data"]): Heading {
  return { type: "heading", depth, data, children: [{ type: "text", value }] };
}

function paragraph(value: string, section: SectionKind, aspect: number): Paragraph {
  return { type: "paragraph", data: { section, aspect }, children: [{ type: "text", value }] };
}
