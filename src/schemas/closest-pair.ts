import { z } from "astro/zod";
import { lookalikeSchema } from "./report.ts";

/**
 * One of the corpus's most similar pairs of passages in different reports, as scripts/ingest.ts lists them
 * (content/build/closest-pairs.json, most similar first) for the reviewers' page /similar/.
 */
export const closestPairSchema = z.object({
  /** `<report>#<passage> <report>#<passage>`: the pair, named once. */
  id: z.string(),
  /** 1 for the most similar pair. */
  rank: z.number().int().min(1),
  /** Id of the report of one passage. */
  report: z.string(),
  /** Id of that passage. */
  passage: z.string(),
  /** The other passage, its report and how alike the two are. */
  match: lookalikeSchema,
});
export type ClosestPair = z.infer<typeof closestPairSchema>;
