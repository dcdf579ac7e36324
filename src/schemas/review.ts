import { z } from "astro/zod";

/** A passage the signal points at, and the words in it that decided. */
export const evidenceSchema = z.object({
  /** The passage id (the anchor on the report page). */
  passage: z.string(),
  /** The words found, as written, in reading order; [] where the passage counts by lacking them. */
  words: z.array(z.string()),
});
export type ReviewEvidence = z.infer<typeof evidenceSchema>;

/** 套话: how much of the report is the genre's stock wording. */
export const stockSignalSchema = z.object({
  /** Han characters of the report's items. */
  han: z.number().int().min(0),
  /** Of them, inside stock stretches (src/similarity/check/stock-phrases.ts). */
  stock: z.number().int().min(0),
  /** The report's most frequent stock stretches, most frequent first (at most 8): what the reviewer reads as 套话. */
  phrases: z.array(z.object({ text: z.string(), count: z.number().int().min(1) })),
});

/** 具体: which problem items carry a concrete fact. */
export const concreteSignalSchema = z.object({
  /** Problem items counted. */
  items: z.number().int().min(0),
  /** The items with at least one fact, and the facts found (numbers, dates, named cases, 例如/比如…). */
  concrete: z.array(evidenceSchema),
  /** The problem items without any: 大而化之. */
  vague: z.array(z.string()),
  /** The passage or heading that analyses a typical case (典型案例剖析, 以案促改…), or null where none does. */
  caseAnalysis: evidenceSchema.nullable(),
  /** True where the year's notice asks for one (the prescribed list says so). */
  caseExpected: z.boolean(),
});

/** 规定方面: the aspects the year's notice prescribes for this meeting, and which the problem section takes up. */
export const prescribedSignalSchema = z.object({
  /** The year and meeting of the list applied. */
  year: z.number().int(),
  meeting: z.string(),
  /** The meeting's theme as the notice names it (党史学习教育专题民主生活会). */
  theme: z.string(),
  /** The notice the list comes from. */
  notice: z.string(),
  /** Names of the prescribed aspects the problem section takes up… */
  covered: z.array(z.string()),
  /** …and of those it does not. */
  missing: z.array(z.string()),
  /** For each covered aspect, where it is taken up: the aspect heading or item, and the keyword found. */
  evidence: z.array(z.object({ aspect: z.string(), passage: z.string(), where: z.enum(["heading", "text"]), words: z.array(z.string()) })),
});

/** 原因: which classic roots the causes reach, and which causes stop at circumstances. */
export const causesSignalSchema = z.object({
  /** Cause items counted. */
  items: z.number().int().min(0),
  /** Each classic root (理想信念, 党性修养, 宗旨意识, 纪律规矩) and the causes that reach it; [] where none does. */
  roots: z.array(z.object({ root: z.string(), evidence: z.array(evidenceSchema) })),
  /** Causes that name circumstances (工作忙, 任务重, 客观原因) and no root. */
  excuses: z.array(evidenceSchema),
});

/** 措施: whether every problem gets a measure, and which measures can be checked. */
export const measuresSignalSchema = z.object({
  /** Measure items counted. */
  items: z.number().int().min(0),
  /** Problem types (a problem item's first theme) that no measure item carries, with those problem items. */
  unanswered: z.array(z.object({ theme: z.string(), passages: z.array(z.string()) })),
  /** Measures with a deadline or a quantity (年底前, 每季度, 至少 2 次…), and the words. */
  checkable: z.array(evidenceSchema),
});

/** 整改回顾: whether last year's rectification is reported. */
export const rectificationSignalSchema = z.object({
  /** Review items (上年度整改落实情况) in the report. */
  items: z.number().int().min(0),
  /** True where the meeting is a yearly one, so that last year's had problems to rectify; null where the meeting is unknown. */
  expected: z.boolean().nullable(),
});

/** 口吻: problem items of a personal report written as the team's (以班子问题代替个人问题). */
export const voiceSignalSchema = z.object({
  /** False for a team report, which speaks as the team by right. */
  applies: z.boolean(),
  /** Problem items counted. */
  items: z.number().int().min(0),
  /** The items in the team's voice, and its words (我们, 班子…). */
  team: z.array(evidenceSchema),
});

/** 年复一年: a problem repeated from the same author's earlier report. */
export const repeatSchema = z.object({
  /** The passage of this report. */
  passage: z.string(),
  /** `<report id>#<passage id>` of the earlier report's problem it repeats. */
  earlier: z.string(),
  /** Jaccard similarity of the two passages' character 3-grams, 0..1. */
  jaccard: z.number().min(0).max(1),
  /** Share of the shorter passage's 3-grams found in the other, 0..1. */
  containment: z.number().min(0).max(1),
});

/** The reports of one author, by year: the series a report belongs to. */
export const seriesSchema = z.object({
  /** The author as the sidecar or frontmatter gives it. */
  author: z.string(),
  /** The author's reports, oldest first (reports without a year last, by corpus order); at most the 30 nearest in order. */
  reports: z.array(z.object({ id: z.string(), year: z.number().int().nullable(), title: z.string() })),
  /** How many reports the author has in all. */
  total: z.number().int().min(1),
  /** Years between the first and the last with no report of the author. */
  gaps: z.array(z.number().int()),
});

/**
 * 审读 signals of one report, computed at build time (src/review/) and, for a draft, in the browser. Each signal keeps
 * its evidence: the page states the rule and shows the items, never a bare score.
 */
export const reviewSchema = z.object({
  /** 0–1: share of the report's Han characters in stock wording. */
  stockShare: z.number().min(0).max(1),
  /** 0–1: share of problem items with at least one concrete fact; null where the report has no problem items. */
  concreteShare: z.number().min(0).max(1).nullable(),
  /** The year's prescribed aspects; null where no list applies (see `prescribedNote`). */
  prescribed: prescribedSignalSchema.nullable(),
  /** Why no list applies (年度不明, 会议不明, 该年无规定方面, 没有问题部分), "" where one does. */
  prescribedNote: z.string(),
  /** Problems repeated from the same author's earlier reports (the latest earlier one first). */
  repeats: z.array(repeatSchema),
  stock: stockSignalSchema,
  concrete: concreteSignalSchema,
  causes: causesSignalSchema,
  measures: measuresSignalSchema,
  rectification: rectificationSignalSchema,
  voice: voiceSignalSchema,
  /** The author's series; null where the report names no author. */
  series: seriesSchema.nullable(),
});
export type Review = z.infer<typeof reviewSchema>;
