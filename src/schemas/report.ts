import { z } from "astro/zod";
import { reviewSchema } from "./review.ts";
import { sectionKinds } from "./section-kinds.ts";

export { sectionKinds };

export const sectionKindSchema = z.enum(sectionKinds);
export type SectionKind = z.infer<typeof sectionKindSchema>;

/** A passage of another report that is worded much like this one. */
export const lookalikeSchema = z.object({
  /** Id of the other report. */
  report: z.string(),
  /** Id of the passage in that report. */
  passage: z.string(),
  /** Jaccard similarity of the two passages' character 3-gram sets, 0..1: how alike they are as wholes. */
  jaccard: z.number().min(0).max(1),
  /** Share of the shorter passage's 3-grams found in the longer one, 0..1. */
  containment: z.number().min(0).max(1),
});
export type Lookalike = z.infer<typeof lookalikeSchema>;

/** One numbered point (or unnumbered paragraph) of a report: the unit people search and compare. */
export const passageSchema = z.object({
  /** Stable id, also the anchor on the report page, e.g. `a2-3` (aspect 2, item 3) or `cause-1`. */
  id: z.string(),
  /** The section the passage belongs to. */
  section: sectionKindSchema,
  /** The heading of its section as written, with its number (`四、遵守政治纪律情况`); "" where the section has none. */
  sectionHeading: z.string(),
  /** 1-based aspect number inside `problem`; 0 elsewhere. */
  aspect: z.number().int().min(0),
  /** The enumerator the source used (`一是`, `1、`, `（一）`), or "" for an unnumbered paragraph. */
  marker: z.string(),
  /** The short phrase before the first `。`, or "" where the item opens with a long sentence. */
  headline: z.string(),
  /** The item's text without its marker; paragraphs separated by `\n`. */
  text: z.string(),
  /**
   * The text in simplified characters, as long as `text` (offsets carry over), where the report is written
   * in traditional ones; absent otherwise, as nearly always, so that the corpus carries no second copy.
   * Read `simplified ?? text` wherever passages are compared with words or with each other.
   */
  simplified: z.string().optional(),
  /** Theme ids, most fitting first. */
  themes: z.array(z.string()),
  /** How sure the classifier is of the first theme, 0..1 (0 when there is none). */
  confidence: z.number().min(0).max(1),
  /**
   * How the themes were found: `lexicon` (phrases of the theme files' keywords), `profile` (nearest character n-gram
   * profile, where no keyword settled it), `none` (unclassified: too little evidence, or a section that gets no theme).
   */
  basis: z.enum(["lexicon", "profile", "none"]),
  /**
   * Passages of the same report this one answers to, best first: for a problem, the causes and
   * measures that address it; for a cause or measure, the problems it addresses. [] elsewhere.
   */
  related: z.array(z.string()),
  /** The most similar passages of other reports, most similar first. */
  similar: z.array(lookalikeSchema),
  /** True when a passage of an earlier report (in corpus order) matches this one closely. */
  echoesEarlier: z.boolean(),
});
export type Passage = z.infer<typeof passageSchema>;

/** A `（一）…方面` group of the problem section. */
export const aspectSchema = z.object({
  /** 1-based number, in reading order. */
  n: z.number().int().min(1),
  /** The heading as written, without its `（一）` marker. */
  heading: z.string(),
  /** Lead-in text between the heading and the first item, if any. */
  intro: z.string(),
  /** The topic this aspect shares with aspects of other reports (see scripts/aspects/), "" until aligned. */
  topic: z.string(),
});
export type Aspect = z.infer<typeof aspectSchema>;

/** A section of the report as it appears in the source. */
export const sectionSchema = z.object({
  /** What the section holds, classified by its heading words. */
  kind: sectionKindSchema,
  /** The heading as written (with its number), or "" for preamble/closing. */
  heading: z.string(),
  /** Lead-in text that is not an item (`检视出的问题如下。`). */
  intro: z.string(),
  /** Aspects, only in `problem`. */
  aspects: z.array(aspectSchema),
  /**
   * Where the report has no heading for the section, what its kind was read from (the lead-in that announces it,
   * its numbering, its wording); absent where a heading names it.
   */
  inferredFrom: z.string().optional(),
});
export type Section = z.infer<typeof sectionSchema>;

/** Who a report speaks for: one person (个人对照检查材料), or a leadership team (领导班子、党组、支部班子对照检查材料). */
export const kindSchema = z.enum(["personal", "team"]);
export type Kind = z.infer<typeof kindSchema>;

/**
 * The classes roles are grouped into for browsing and search: heads of a unit (书记, 局长, 镇长, 校长…),
 * members of its leading team (副职, 委员, 常委, 分管领导), middle-ranking and party-work cadres (科长, 党务干部),
 * party members and staff (党员, 教师, 民警…), and the leading team itself, author of a team report.
 */
export const roleGroups = ["主要负责人", "班子成员", "中层和党务干部", "普通党员干部", "领导班子"] as const;
export const roleGroupSchema = z.enum(roleGroups);
export type RoleGroup = z.infer<typeof roleGroupSchema>;

/** An inferred metadata field and the words it was inferred from. */
export const evidenceSchema = z.object({
  /** Which field: title, kind, unit, role, roleGroup, meeting or year. */
  field: z.string(),
  /** Where it came from: `title`, `text`, `file name`, `template` (a year read from the aspects it prescribed), `sidecar`, `frontmatter`, `default`. */
  from: z.string(),
  /** The words that decided it. */
  match: z.string(),
});

/** The frontmatter of a generated report file under `content/reports/`. */
export const reportSchema = z.object({
  /** The title line of the source, or null when it has none. */
  title: z.string().nullable(),
  /** 单位, e.g. 园区, 经开区, 区政府办公室; null where unknown. */
  unit: z.string().nullable(),
  /** Personal (one author) or team (the leading team is the author). */
  kind: kindSchema,
  /** 职务 as the text names it, e.g. 镇党委书记, 副局长, 组织委员; the team (领导班子) for a team report; null where unknown. */
  role: z.string().nullable(),
  /** The class of the role, what the role facet groups by; null where the role is unknown or of no known class. */
  roleGroup: roleGroupSchema.nullable(),
  /** 民主生活会, 组织生活会, or null. */
  meeting: z.string().nullable(),
  /** The year the meeting reviews (年度), or null. */
  year: z.number().int().nullable(),
  /** Who wrote it, a name or a code, as a sidecar or frontmatter gives it; never inferred (the texts are redacted). */
  author: z.string().nullable(),
  /** The report's themes, most frequent first. */
  themes: z.array(z.string()),
  /** Path of the source file relative to the sources folder. */
  source: z.string(),
  /** Which report of a source holding several (篇一 = 1, 篇二 = 2 …); 0 when the source holds one. */
  part: z.number().int().min(0),
  /** Position of the report in the corpus order (by source path). */
  order: z.number().int(),
  /** False when no section could be recognised and the text is kept as one block. */
  structured: z.boolean(),
  /** Sections in reading order. */
  sections: z.array(sectionSchema),
  /** Every item of the report, in reading order. */
  passages: z.array(passageSchema),
  /** How each metadata field was inferred. */
  evidence: z.array(evidenceSchema),
  /** 审读 signals (src/review/), computed once the whole corpus is read. */
  review: reviewSchema,
});
export type Report = z.infer<typeof reportSchema>;

/**
 * A report as its generated file holds it (content/reports/<id>.md), read by its pages: all but its place in the
 * corpus order, which only sorts the lists (they read it from the summaries), so that a report added before it in the
 * corpus leaves its file as it was.
 */
export const reportFileSchema = reportSchema.omit({ order: true });
export type ReportFile = z.infer<typeof reportFileSchema>;

/** A report as parsing leaves it: before its place in the corpus and its review are known. */
export type ParsedReport = Omit<Report, "order" | "review">;
