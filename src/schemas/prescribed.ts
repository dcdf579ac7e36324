import { z } from "astro/zod";

/** One aspect a year's notice prescribes. */
export const prescribedAspectSchema = z.object({
  /** Its short name as the notice words it (带头深刻感悟“两个确立”的决定性意义). */
  name: z.string().min(1),
  /** Phrases a report taking the aspect up uses: found in the problem section, they count it as covered. */
  keywords: z.array(z.string().min(1)).min(1),
});

/**
 * The aspects one year's notice prescribes for one meeting (`content/prescribed/<year>-<meeting>.yaml`), kept as
 * editable data with the source named: public facts, checked against the notice and that year's reports.
 */
export const prescribedListSchema = z.object({
  /** The year the meeting reviews (年度). */
  year: z.number().int().min(1921).max(2100),
  /** 民主生活会 or 组织生活会. */
  meeting: z.enum(["民主生活会", "组织生活会"]),
  /** The meeting's theme as the notice names it. */
  theme: z.string().min(1),
  /** Where the list comes from. */
  source: z.object({
    /** The notice's title, or its issuer and how it is known. */
    notice: z.string().min(1),
    /** When it was issued: `2021-11` or a year. */
    issued: z.union([z.string(), z.number()]).transform(String),
    /** Where it was read: an address or several. */
    seen: z.union([z.string(), z.array(z.string())]).transform((s) => (Array.isArray(s) ? s : [s])),
    /** What is uncertain. */
    note: z.string().optional(),
  }),
  /** True where the notice asks each report to analyse a typical case (典型案例剖析, as 2025's does). */
  caseAnalysis: z.boolean().default(false),
  /** The aspects, in the notice's order. */
  aspects: z.array(prescribedAspectSchema).min(1),
});
export type PrescribedList = z.infer<typeof prescribedListSchema>;

/** `/data/prescribed.json`: every year's and meeting's list, as the 查重 page and `npm run check` review a draft against them. */
export const prescribedListsSchema = z.array(prescribedListSchema);
