import { aspectWords, bracketCn, outlineMarker, splitShi, type Marked } from "./enumerators.ts";

/** The sections a report's wording can tell apart where it has no heading for them, in the order they come. */
export type InferredKind = "problem" | "cause" | "measure";

/** Where an unheaded section begins: paragraph `at`, from character `offset` (the lead-in before it stays where it was). */
export interface InferredStart {
  at: number;
  offset: number;
  kind: InferredKind;
  /** What told it, for the build report: `…剖析如下：`, `以编号开头`, `用词像原因`. */
  why: string;
}

/** Problem wording: 不够、不强、有待、欠缺、存在…问题/差距. */
const problemWords =
  /不够|不强|不足|不高|不深|不细|不实|不严|不多|不快|不到位|不明显|不充分|不扎实|不全面|不经常|有待|欠缺|缺乏|缺少|差距|短板|弱项|偏少|偏弱|较少|存在[^。；]{0,16}(问题|现象|倾向|情况|不足)|还有[^。；]{0,6}(差距|不足)|之风/u;
/** Cause wording: where the problems come from. */
const causeWords =
  /根源|根子|原因|主观上|客观上|放松|淡化|弱化|松懈|滑坡|缺失|偏差|动摇|理想信念|党性修养|党性锻炼|宗旨意识|世界观|人生观|价值观|主观世界|思想深处|思想上/u;
/** Measure wording: a resolve opening the item (要、坚持、进一步、切实…). */
const measureOpen =
  /^(今后|下一步|我要|我将|我们将|我们要|班子将|要|将|坚持|进一步|切实|持续|着力|始终|坚决|不断|努力|主动|自觉|加强|强化|提高|提升|增强|树牢|筑牢|锤炼|践行|带头|严格|扎实|全力|用心|聚焦|围绕|推动|落实|完善|健全|建立)/u;
/** A sentence that announces a list: `…剖析如下：`, `主要有以下几个方面：`, `…做如下对照检查。`. */
const announces = /(如下|以下[^。：:；]{0,10}|汇报|报告)[。：:；]?$|[：:]$/u;
/** An unnumbered paragraph opening the causes or the measures by its first words. */
const causeOpen = /^((究其|深究|深挖|剖析|反思|分析|追溯|查找)[^。：:]{0,8}(原因|根源|根子|问题|不足)|追根溯源|(产生|出现|存在)(这些|上述|以上)?(问题|不足)|(这些|上述|以上)(问题|不足)的?(产生|出现|存在))/u;
const measureLead = /^(针对(这些|上述|以上|查摆出的|存在的)|下一步|今后|为此|对此|在今后)/u;

/** Problems named as what the list goes back to (`针对以上问题`, `产生问题的原因`), which a cause or measure lead-in does. */
const backToProblems = /(以上|上述|这些|前述|查摆出的|产生)[^。，]{0,4}(问题|不足|差距)/u;

/** The kind of list a lead-in announces, by its last sentence; null when it announces none. */
export function announcedKind(text: string): InferredKind | null {
  // Opening words lead in whatever follows (`反思这些问题，…`, `下一步，…`); otherwise the last sentence announces a list.
  if (causeOpen.test(text)) return "cause";
  if (measureLead.test(text)) return "measure";
  const last = /[^。！？]*[。！？]?$/u.exec(text.replace(/[。：:；]$/u, ""))?.[0] ?? text;
  if (!announces.test(text)) return null;
  // The problems are announced in the clause that announces the list (`…，现查摆如下：`), not anywhere in the
  // sentence: `会前对照检查，做了以下工作：` announces preparations.
  const clause = last.split(/[，；,]/u).pop() ?? last;
  if (!backToProblems.test(last) && /如下|以下|表现[为在]|主要[是有]|汇报|报告/u.test(clause) && /剖析|查摆|检查|检视|对照|查找|梳理|问题|不足|差距|表现|短板/u.test(clause)) return "problem";
  if (/原因|根源|根子|究其/u.test(last)) return "cause";
  if (/措施|整改|努力方向|下一步|今后|打算|改进|针对|我将|将从/u.test(last)) return "measure";
  return null;
}

/** The first sentence of an item, where its wording shows most. */
function firstSentence(text: string): string {
  return /^[^。；！？]*/u.exec(text)?.[0] ?? text;
}

/** How many points of each kind an item's first sentence reads as. */
function wording(text: string): Record<InferredKind, number> {
  const first = firstSentence(text);
  const problem = problemWords.test(first) || aspectWords.test(first);
  return {
    problem: problem ? 1 : 0,
    cause: causeWords.test(first) || causeOpen.test(first) ? 1 : 0,
    measure: measureOpen.test(first) && !problem ? 1 : 0,
  };
}

/** A paragraph's opening marker in any style, bracketed `（一）` and points `一是`/`第一，` included. */
function opening(text: string): Marked | null {
  return bracketCn(text) ?? outlineMarker(text);
}

/** The items of a paragraph: its inline points, or itself. */
function items(text: string): string[] {
  const shi = splitShi(text);
  return shi ? shi.items.map((p) => p.text) : [opening(text)?.rest ?? text];
}

/**
 * Reads the unheaded run of paragraphs `[from, to)` (between the title and the first heading, or the whole text)
 * by what it says: where a numbered list starts that a lead-in announces, or that opens the text, or whose points
 * read as problems or aspects, the problems begin; after them, blocks that restart their numbering or are led in
 * by `究其原因…`/`针对以上问题…` are causes or measures where their wording says so, in that order. Returns the
 * sections' starts, or [] where the run holds no list (a lead-in alone stays a lead-in).
 */
export function inferSections(texts: string[], from: number, to: number): InferredStart[] {
  const start = problemStart(texts, from, to);
  if (!start) return [];
  const starts: InferredStart[] = [start];
  // Blocks: each starts at a restart (a first point, a lead-in, an unnumbered paragraph after numbered ones).
  const blocks: { at: number; announced: InferredKind | null; score: Record<InferredKind, number> }[] = [];
  for (let i = start.at; i < to; i++) {
    const text = i === start.at ? (texts[i] ?? "").slice(start.offset) : (texts[i] ?? "");
    const open = opening(text);
    // A lead-in run on before its points (`根源还在自己身上：一是…`) announces them as a paragraph of its own would.
    const intro = open ? null : (splitShi(text)?.intro ?? text);
    const announced = intro === null ? null : announcedKind(intro);
    // Every unnumbered paragraph is a block of its own: causes and measures are often written as plain paragraphs.
    const restart = i === start.at || open === null || open.n === 1;
    if (restart) blocks.push({ at: i, announced, score: { problem: 0, cause: 0, measure: 0 } });
    const block = blocks[blocks.length - 1];
    if (!block || announced) continue;
    for (const item of items(text)) {
      const w = wording(item);
      block.score.problem += w.problem;
      block.score.cause += w.cause;
      block.score.measure += w.measure;
    }
  }
  // A kind some lead-in announces begins there and nowhere else: wording alone does not start it earlier.
  const announcedKinds = new Set(blocks.flatMap((b) => (b.announced ? [b.announced] : [])));
  const labels = monotoneLabels(
    blocks.map((b) => {
      if (b.announced) return { problem: 0, cause: 0, measure: 0, [b.announced]: 1000 };
      const { problem, cause, measure } = b.score;
      return { problem, cause: announcedKinds.has("cause") ? 0 : cause, measure: announcedKinds.has("measure") ? 0 : measure };
    }),
  );
  labels.forEach((kind, k) => {
    const block = blocks[k];
    if (k > 0 && block && kind !== labels[k - 1]) {
      starts.push({ at: block.at, offset: 0, kind, why: block.announced ? `“${firstSentence(texts[block.at] ?? "").slice(0, 24)}”` : kind === "cause" ? "用词像原因（放松、淡化、根源……）" : "用词像措施（要、坚持、进一步……）" });
    }
  });
  return starts;
}

const order: InferredKind[] = ["problem", "cause", "measure"];

/**
 * Problems, causes or measures the report gives no heading for, inside the run of a headed section `[from, to)`
 * (last year's review, the problems, the causes): from an unnumbered lead-in that announces them
 * (`对照今年的要求，还存在以下问题：`, `下一步，我将从以下几个方面抓好整改：`, `究其原因…`). Only kinds after the
 * section's own and absent from `headed` (the kinds the report has headings for).
 */
export function inferAfterHeading(texts: string[], from: number, to: number, kind: InferredKind | "review", headed: Set<string>): InferredStart[] {
  const starts: InferredStart[] = [];
  let current = kind === "review" ? -1 : order.indexOf(kind);
  for (let i = from; i < to; i++) {
    const text = texts[i] ?? "";
    if (opening(text)) continue;
    const announced = announcedKind(splitShi(text)?.intro ?? text);
    // Last year's review speaks of 整改 throughout: only the problems are led in from it.
    if (!announced || headed.has(announced) || order.indexOf(announced) <= current || (kind === "review" && announced !== "problem")) continue;
    current = order.indexOf(announced);
    starts.push({ at: i, offset: 0, kind: announced, why: `“${firstSentence(text).slice(0, 24)}”` });
  }
  return starts;
}

/**
 * Labels the blocks problem → cause → measure, never going back, the first one problem, so that the labels
 * agree with the blocks' wording the most; a block that says nothing either way keeps the label before it,
 * and of two ways that agree as much, the one that moves on later is taken.
 */
function monotoneLabels(scores: Record<InferredKind, number>[]): InferredKind[] {
  // best[k][l]: the most agreement of blocks 0..k with block k labelled order[l].
  const best: number[][] = [];
  const from: number[][] = [];
  scores.forEach((s, k) => {
    best[k] = [];
    from[k] = [];
    order.forEach((kind, l) => {
      if (k === 0) {
        best[0]![l] = l === 0 ? s.problem : -Infinity;
        from[0]![l] = 0;
        return;
      }
      // Staying is preferred to moving on at equal agreement: a section changes only where the wording says so.
      const gain = (p: number) => (best[k - 1]![p] ?? -Infinity) - (p === l ? 0 : 0.5);
      let arg = l;
      for (let p = l - 1; p >= 0; p--) if (gain(p) > gain(arg)) arg = p;
      best[k]![l] = gain(arg) + s[kind] + 0.01 * (order.length - 1 - l);
      from[k]![l] = arg;
    });
  });
  const last = scores.length - 1;
  let l = 0;
  for (let c = 1; c < order.length; c++) if ((best[last]?.[c] ?? -Infinity) > (best[last]?.[l] ?? -Infinity)) l = c;
  const labels: InferredKind[] = [];
  for (let k = last; k >= 0; k--) {
    labels[k] = order[l] as InferredKind;
    l = from[k]?.[l] ?? 0;
  }
  return labels;
}

/**
 * Where the problems begin in an unheaded run: a numbered list or inline points that a lead-in announces
 * (`…剖析如下：`, in the paragraph before or run on before the first point), that opens the run (a text
 * starting with its aspects, or a second page starting at `二是`), or whose first point reads as a problem
 * or an aspect. Null where the run has no such list.
 */
function problemStart(texts: string[], from: number, to: number): InferredStart | null {
  for (let i = from; i < to; i++) {
    const text = texts[i] ?? "";
    const open = opening(text);
    const led = i > from && announcedKind(texts[i - 1] ?? "") === "problem";
    // Plain paragraphs after a lead-in that announces the problems (`下面，把查找出的问题……作个汇报。`) are the problems.
    if (!open && led && !announcedKind(text)) return { at: i, offset: 0, kind: "problem", why: `“${lastSentence(texts[i - 1] ?? "")}”之后的段落` };
    if (open) {
      const reads = wording(open.rest).problem > 0;
      if (led || i === from) return { at: i, offset: 0, kind: "problem", why: led ? `“${lastSentence(texts[i - 1] ?? "")}”之后的编号` : "正文以编号开头" };
      if (reads) return { at: listStart(texts, from, i), offset: 0, kind: "problem", why: "编号条目的用词像问题" };
      continue;
    }
    const shi = splitShi(text);
    if (shi && shi.items.length >= 2 && announcedKind(shi.intro) === "problem") {
      return { at: i, offset: shi.at, kind: "problem", why: `“${lastSentence(shi.intro)}”之后的编号` };
    }
  }
  return null;
}

/** The first paragraph of the numbered list paragraph `i` is in: back while the numbers count down by one. */
function listStart(texts: string[], from: number, i: number): number {
  let at = i;
  for (let n = opening(texts[i] ?? "")?.n ?? 1; at > from && n > 1 && opening(texts[at - 1] ?? "")?.n === n - 1; n--) at--;
  return at;
}

function lastSentence(text: string): string {
  const clauses = text.split(/(?<=[。！？，；])/u).filter((c) => c.trim() !== "");
  return (clauses[clauses.length - 1] ?? text).trim().slice(0, 30);
}
