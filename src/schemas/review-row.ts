import { z } from "astro/zod";
import { reportSchema } from "./report.ts";

/** One report as the reviewers' page (/review/) and /data/review.json list it: its facets and each signal's figure. */
export const reviewRowSchema = z.object({
  /** The report's id. */
  id: z.string(),
  /** The report page, relative to the site root. */
  url: z.string(),
  /** Its title, or the one made from its facets. */
  title: z.string(),
  // The report's facets, as its schema defines them.
  year: reportSchema.shape.year,
  meeting: reportSchema.shape.meeting,
  unit: reportSchema.shape.unit,
  kind: reportSchema.shape.kind,
  author: reportSchema.shape.author,
  /** Share of the item characters inside stock stretches (套话). */
  stockShare: z.number(),
  /** Share of the problem items carrying a concrete fact; null where there are none. */
  concreteShare: z.number().nullable(),
  /** Prescribed aspects covered; null where no list applies. */
  prescribedCovered: z.number().int().nullable(),
  /** Of how many prescribed aspects; null where no list applies. */
  prescribedTotal: z.number().int().nullable(),
  /** The prescribed aspects the report has no aspect for. */
  missingAspects: z.array(z.string()),
  /** Classic roots the causes reach (of four); null where there is no cause section. */
  roots: z.number().int().nullable(),
  /** Causes that name circumstances (工作忙, 客观原因) and no root. */
  excuses: z.number().int(),
  /** Measures with a deadline or quantity. */
  checkable: z.number().int(),
  /** All measures. */
  measures: z.number().int(),
  /** Problem types no measure answers. */
  unanswered: z.number().int(),
  /** Review items (上年度整改). */
  rectification: z.number().int(),
  /** Whether review items were expected; null where it cannot tell. */
  rectificationExpected: z.boolean().nullable(),
  /** Problem items in the team's voice; null for a team report. */
  teamVoice: z.number().int().nullable(),
  /** Problem items repeating the author's earlier report. */
  repeats: z.number().int(),
  /** Reports of the same author in the corpus (0 where none is named). */
  series: z.number().int(),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;
