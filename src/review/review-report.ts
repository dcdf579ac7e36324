import type { Kind, Passage, Section } from "../schemas/report.ts";
import type { PrescribedList } from "../schemas/prescribed.ts";
import type { Review, ReviewEvidence } from "../schemas/review.ts";
import type { StockSet } from "../similarity/check/stock-phrases.ts";
import { comparable } from "../similarity/shingles.ts";
import { comparedText } from "../text/script.ts";
import { caseWords, factsIn } from "./concrete.ts";
import { excuseWords, rootsIn, roots } from "./causes.ts";
import { checkableWords } from "./measures.ts";
import { coverage, listKey, meetingKind } from "./prescribed.ts";
import { repeatsOf, seriesOf, type SeriesReport } from "./repeats.ts";
import { stockSignal } from "./stock-share.ts";
import { teamVoiceWords } from "./voice.ts";
import { wordsOf } from "./words.ts";

/** What the signals read of a report or a draft. */
export interface ReviewInput {
  /** The report's id, where it belongs to an author's series. */
  id?: string;
  kind: Kind;
  year: number | null;
  meeting: string | null;
  sections: Pick<Section, "kind" | "heading" | "aspects">[];
  passages: Pick<Passage, "id" | "section" | "sectionHeading" | "aspect" | "headline" | "text" | "simplified" | "themes">[];
  /** The passages' letters (src/similarity/shingles.ts `comparable`), where the caller has made them already. */
  letters?: string[];
}

/** What the signals compare a report with. */
export interface ReviewContext {
  /** The corpus's stock wording. */
  stock: StockSet;
  /** The prescribed lists by `listKey(year, meeting)`. */
  lists: ReadonlyMap<string, PrescribedList>;
  /** The report's author and every report of theirs (this one included); none where no author is given. */
  series?: { author: string; reports: SeriesReport[] };
}

/** A report's problem items in simplified characters, as its series compares them. */
export function seriesReport(id: string, title: string, input: Pick<ReviewInput, "year" | "passages">): SeriesReport {
  return { id, year: input.year, title, problems: input.passages.filter((p) => p.section === "problem").map((p) => ({ id: p.id, text: comparedText(p) })) };
}

const evidence = (passage: string, words: string[]): ReviewEvidence => ({ passage, words });

/** The passages in which `words` finds anything, each with what it found. */
const found = (passages: { id: string; read: string }[], words: (text: string) => string[]): ReviewEvidence[] =>
  passages.flatMap((p) => {
    const w = words(p.read);
    return w.length ? [evidence(p.id, w)] : [];
  });

/**
 * The 审读 signals of one report (at build time) or draft (in the browser): each keeps the items it rests on.
 * Pure and linear in the report (its series aside), so the same report gives the same signals everywhere.
 */
export function reviewReport(input: ReviewInput, context: ReviewContext): Review {
  const read = input.passages.map((p) => ({ ...p, read: comparedText(p) }));
  const of = (section: string) => read.filter((p) => p.section === section);
  const problems = of("problem");
  const causes = of("cause");
  const measures = of("measure");

  const { stockShare, stock } = stockSignals(input.letters ?? read.map((p) => comparable(p.read).chars), context.stock);

  const concrete = found(problems, factsIn);
  const withFacts = new Set(concrete.map((e) => e.passage));
  const vague = problems.filter((p) => !withFacts.has(p.id)).map((p) => p.id);

  const aspects = input.sections.flatMap((s) => s.aspects);
  const headingCase = [
    ...aspects.map((a) => ({ passage: `a${a.n}`, words: wordsOf(a.heading, caseWords) })),
    ...input.sections.map((s) => ({ passage: read.find((p) => p.sectionHeading === s.heading && s.heading)?.id ?? "", words: wordsOf(s.heading, caseWords) })),
  ].find((e) => e.passage && e.words.length);
  const itemCase = found(read, (t) => wordsOf(t, caseWords))[0];

  const list = listOf(input, context);
  const { prescribed, prescribedNote } = prescribedSignal(input, list, {
    aspects,
    items: problems.map((p) => ({ id: p.id, aspect: p.aspect, text: p.read })),
  });

  const rootsFound = causes.map((p) => ({ p, roots: rootsIn(p.read) }));
  const measureThemes = new Set(measures.flatMap((p) => p.themes));
  const unanswered = new Map<string, string[]>();
  for (const p of problems) {
    const first = p.themes[0];
    if (first && !measureThemes.has(first)) unanswered.set(first, [...(unanswered.get(first) ?? []), p.id]);
  }

  const self = input.id && context.series?.reports.find((r) => r.id === input.id);
  return {
    stockShare,
    concreteShare: problems.length ? round(concrete.length / problems.length) : null,
    prescribed,
    prescribedNote,
    repeats: self && context.series ? repeatsOf(self, context.series.reports) : [],
    stock,
    concrete: { items: problems.length, concrete, vague, caseAnalysis: headingCase ?? itemCase ?? null, caseExpected: list?.caseAnalysis ?? false },
    causes: {
      items: causes.length,
      roots: roots.map(({ root }) => ({
        root,
        evidence: rootsFound.flatMap(({ p, roots: reached }) => reached.filter((f) => f.root === root).map((f) => evidence(p.id, f.words))),
      })),
      excuses: found(
        rootsFound.filter((r) => r.roots.length === 0).map((r) => r.p),
        (t) => wordsOf(t, excuseWords),
      ),
    },
    measures: {
      items: measures.length,
      unanswered: [...unanswered].map(([theme, passages]) => ({ theme, passages })),
      checkable: found(measures, checkableWords),
    },
    rectification: { items: of("review").length, expected: meetingKind(input.meeting) ? true : null },
    voice: {
      applies: input.kind === "personal",
      items: problems.length,
      team: input.kind === "personal" ? found(problems, teamVoiceWords) : [],
    },
    series: context.series ? seriesOf(context.series.author, context.series.reports, input.id) : null,
  };
}

/**
 * The signals that read the corpus's stock wording, from the passages' letters: the only ones of a review that the
 * stock runs change, so a build can make them again for a report whose other signals it kept.
 */
export function stockSignals(letters: string[], stock: StockSet): Pick<Review, "stockShare" | "stock"> {
  const signal = stockSignal(letters, stock);
  return { stockShare: signal.han ? round(signal.stock / signal.han) : 0, stock: signal };
}

/** The prescribed list of the report's year and meeting, if there is one. */
function listOf(input: Pick<ReviewInput, "year" | "meeting">, context: ReviewContext) {
  const meeting = meetingKind(input.meeting);
  return input.year === null || meeting === null ? undefined : context.lists.get(listKey(input.year, meeting));
}

/** The coverage of the list that applies, or why none does. */
function prescribedSignal(
  input: ReviewInput,
  list: PrescribedList | undefined,
  problem: Parameters<typeof coverage>[1],
): Pick<Review, "prescribed" | "prescribedNote"> {
  const meeting = meetingKind(input.meeting);
  const none = (prescribedNote: string) => ({ prescribed: null, prescribedNote });
  // The plainest reason first: a text without problems has nothing to hold against any list.
  if (problem.items.length === 0 && problem.aspects.length === 0) return none("没有识别出“存在的问题”部分，无从对照规定方面。");
  if (input.year === null) return none("年度不明：不知道该对照哪一年的规定方面（可在旁注文件或 frontmatter 中写 year）。");
  if (meeting === null) return none(`会议不明${input.meeting ? `（${input.meeting}）` : ""}：规定方面只收录了民主生活会和组织生活会的（可在旁注文件中写 meeting）。`);
  if (!list) return none(`${input.year} 年度${meeting}没有收录规定方面（content/prescribed/ 中没有 ${listKey(input.year, meeting)}.yaml）。`);
  return { prescribed: coverage(list, problem), prescribedNote: "" };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
