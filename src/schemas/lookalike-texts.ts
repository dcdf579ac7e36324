import { z } from "astro/zod";

/** The text of a passage of another report, as a look-alike page compares it. */
export const lookalikeTextSchema = z.object({
  /** Its headline (src/schemas/report.ts). */
  headline: z.string(),
  /** The passage's text, as written. */
  text: z.string(),
  /** Its simplified characters, where the report is written in traditional ones (src/schemas/report.ts). */
  simplified: z.string().optional(),
});

/**
 * `content/lookalikes/<id>.json`, written by scripts/ingest.ts for a report with look-alikes: the texts of the
 * other reports' passages its look-alike page (/reports/<id>/similar/) sets beside its own, keyed
 * `<report id>#<passage id>`. The page reads this one file instead of every report its look-alikes are in.
 */
export const lookalikeTextsSchema = z.record(z.string(), lookalikeTextSchema);
export type LookalikeTexts = z.infer<typeof lookalikeTextsSchema>;
