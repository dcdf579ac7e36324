import type { Paragraph, Root, RootContent } from "mdast";
import { plain } from "../normalize/remark-normalize.ts";
import { classifySection } from "./enumerators.ts";
import { titleWords } from "./title.ts";

/** What may stand before a heading or a point run on into a paragraph: the end of a sentence or a clause. */
const before = "(?<=[。！？；：”’」』）)]|^)";
/** `二、原因分析` inside a paragraph; the heading is checked by its words (see `sectionAt`). */
const sectionMark = new RegExp(`${before}\\s*([一二三四五六七八九十]{1,3})[、．]`, "gu");
/** `（二）` inside a paragraph. */
const bracketMark = new RegExp(`${before}\\s*[（(][一二三四五六七八九十]{1,3}[)）]`, "gu");
/** `2.`, `（2）`, `②` inside a paragraph: split only where they count on from each other (see `countedMarks`). */
const pointMarks: [RegExp, (m: RegExpExecArray) => number][] = [
  [new RegExp(`${before}\\s*(\\d{1,2})[、．.)）](?=[\\p{Script=Han}“"《（(])`, "gu"), (m) => Number(m[1])],
  [new RegExp(`${before}\\s*[（(](\\d{1,2})[)）]`, "gu"), (m) => Number(m[1])],
  [new RegExp(`${before}\\s*([①-⑳])`, "gu"), (m) => (m[1] ?? "①").charCodeAt(0) - 0x245f],
];
/** Closing remarks run on after the last item: `…多下基层。以上是我的对照检查，请批评指正。`. */
const closingMark = /(?<=[。！？])(以上|最后，?(恳请|请)|特此)/gu;
/** A title run on into the lead-in of a report pasted as one line: `…对照检查材料按照市委…通知要求，`. */
const titleThenLeadIn = /^([^。，；！？：]{4,60}?(?:材料|提纲|发言))(?=(?:按照|根据|遵照|为了?|本人|我|今年|近期|近日|通过|围绕|结合|会前|在)[^。！？]*[，。])/u;
/** What closing remarks ask for, within their few sentences. */
const closingAsk = /批评|指正|帮助|汇报|报告/u;
/** Longest run of closing remarks split off an item. */
const maxClosing = 200;
/** Word enumerators opening a sentence: `首先，` `其次，` `再次，` `最后，`. */
const sequenceWord = new RegExp(`${before}\\s*(首先|其次|再次|然后|最后)[，,、：:]`, "gu");
/** Where a heading glued to its first aspect or point ends: `一、存在的主要问题（一）…`, `二、原因分析1.…`, `二、原因分析一是…`. */
const headingThenAspect = /^([一二三四五六七八九十]{1,3}[、．][^。，；：（(]{2,30}?)(?=[（(][一二三四五六七八九十][)）]|1[、.．](?!\d)|一是|第一[，,、])/u;

/**
 * Splits paragraphs that hold several: a whole report pasted as one line (its title run on into its lead-in), a heading glued to the end of the
 * previous paragraph (`…批评指正。二、原因分析`), a heading with its first aspect, or points written in one
 * paragraph (`（一）学习方面。1.…。2.…`), closing remarks run on after the last item. Section headings split only where their words name a section;
 * Arabic and circled numbers only where they count on (2 after 1), so `第2.5倍` or a lone `3.` stays put.
 */
export function remarkSplitRunon() {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type !== "paragraph") return [node];
      const pieces = splitText(plain(node));
      return pieces.length === 1 ? [node] : pieces.map((value): Paragraph => ({ type: "paragraph", children: [{ type: "text", value }] }));
    });
  };
}

/** The paragraphs one text holds, in order. */
export function splitText(text: string): string[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(sectionMark)) if (sectionAt(text, m.index + m[0].length)) cuts.add(markStart(text, m.index));
  for (const m of text.matchAll(bracketMark)) cuts.add(markStart(text, m.index));
  for (const [re, ordinal] of pointMarks) for (const at of countedMarks(text, re, ordinal)) cuts.add(at);
  for (const m of text.matchAll(closingMark)) {
    const rest = text.slice(m.index);
    if (rest.length <= maxClosing && closingAsk.test(rest)) cuts.add(m.index);
  }
  for (const at of sequenceMarks(text)) cuts.add(at);
  const title = titleThenLeadIn.exec(text)?.[1];
  if (title && titleWords.test(title)) cuts.add(title.length);
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...cuts].filter((at) => at > 0).sort((a, b) => a - b)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces.flatMap(splitHeadingFromAspect).map((p) => p.trim()).filter((p) => p !== "");
}

/** Whether the words after a run-on `二、` name a section (`原因分析`, `存在的问题`), read up to the next stop. */
function sectionAt(text: string, at: number): boolean {
  const head = /^[^。：:；！？（(]{2,30}/u.exec(text.slice(at))?.[0] ?? "";
  return head !== "" && classifySection(head) !== null;
}

/** The offset where a mark's marker starts, past the spaces the pattern let through. */
function markStart(text: string, index: number): number {
  let at = index;
  while (/\s/u.test(text[at] ?? "")) at++;
  return at;
}

/** Offsets of the marks that belong to a count: each is 1 more than the one before it in the text. */
function countedMarks(text: string, re: RegExp, ordinal: (m: RegExpExecArray) => number): number[] {
  const found = [...text.matchAll(re)].map((m) => ({ at: markStart(text, m.index), n: ordinal(m) }));
  const counted = new Set<number>();
  found.forEach((mark, i) => {
    const next = found.slice(i + 1).find((f) => f.n === mark.n + 1);
    if (next) counted.add(mark.at).add(next.at);
  });
  return [...counted];
}

/** `首先，…其次，…再次，…最后，…` in one paragraph: each word after the first, where the run opens with 首先 and goes on. */
function sequenceMarks(text: string): number[] {
  const found = [...text.matchAll(sequenceWord)].map((m) => ({ at: markStart(text, m.index), word: m[1] }));
  if (found[0]?.word !== "首先" || found[1]?.word !== "其次") return [];
  return found.slice(1).map((f) => f.at);
}

/**
 * `一、存在的主要问题（一）…` → the heading, then the aspect (or the first point), itself split again: its points
 * count from a `1.` that had no stop before it to be found by.
 */
function splitHeadingFromAspect(piece: string): string[] {
  const head = headingThenAspect.exec(piece.trim())?.[1];
  if (!head || classifySection(head) === null) return [piece];
  return [head, ...splitText(piece.trim().slice(head.length))];
}
