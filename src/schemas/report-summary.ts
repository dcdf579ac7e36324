import { z } from "astro/zod";
import { aspectSchema, passageSchema, reportSchema } from "./report.ts";
import { reviewRowSchema } from "./review-row.ts";

/** A passage as the lists across the corpus need it: where it sits, its themes, how many look-alikes; no text. */
export const passageSummarySchema = passageSchema
  .pick({ id: true, section: true, aspect: true, themes: true, confidence: true, basis: true, echoesEarlier: true })
  .extend({
    /** Its headline, or the opening of its text (src/lib/labels.ts passageTitle): what a list shows of it. */
    title: z.string(),
    /** How many passages of other reports are worded like it (its `similar`). */
    lookalikes: z.number().int().min(0),
  });
export type PassageSummary = z.infer<typeof passageSummarySchema>;

/**
 * A report as the `reports` content collection keeps it: what lists, facets, counts and cache keys need. The
 * report's own pages read its whole data file when they are rendered (src/lib/report-data.ts), so that the build
 * holds the text of no more than a few reports at a time.
 */
export const reportSummarySchema = reportSchema
  .pick({
    title: true,
    unit: true,
    kind: true,
    role: true,
    roleGroup: true,
    meeting: true,
    year: true,
    author: true,
    themes: true,
    source: true,
    part: true,
    order: true,
    structured: true,
    evidence: true,
  })
  .extend({
    /** A digest of the whole report but its place in the corpus order: what the pages showing it put in their cache keys. */
    digest: z.string(),
    /**
     * The same without its review signals, for the pages that show its wording and not its review (look-alike pages):
     * the review moves with corpus-wide counts, as the stock runs do when reports are added.
     */
    wordingDigest: z.string(),
    /** The problem section's aspects, in reading order. */
    aspects: z.array(aspectSchema),
    /** The reports its passages' look-alikes are in, sorted: what its look-alike page shows of the corpus. */
    lookalikeReports: z.array(z.string()),
    /** Every item, in reading order, without its text. */
    passages: z.array(passageSummarySchema),
    /** Its row of the reviewers' table. */
    reviewRow: reviewRowSchema,
  });
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** A line of `content/build/report-summaries.jsonl` (src/lib/report-summaries.ts): a report as the site's lists know it. */
export const reportSummaryEntrySchema = z.object({
  /** The report's id (its page is reports/<id>/). */
  id: z.string(),
  /** Its data file (reports/<id>.md), written relative to this file and read as an absolute path; its own pages read it whole. */
  filePath: z.string(),
  data: reportSummarySchema,
});
export type ReportSummaryEntry = z.infer<typeof reportSummaryEntrySchema>;
