import { z } from "astro/zod";

/** One input file and what became of it: the rows of the build report. */
export const buildFileSchema = z.object({
  /** Path relative to the sources folder (also the entry id). */
  id: z.string(),
  /** The report made from it, or null when it could not become one. */
  report: z.string().nullable(),
  /** txt, md, docx; null when the type is not supported. */
  format: z.string().nullable(),
  /** The detected encoding, null for binary formats and failures. */
  encoding: z.string().nullable(),
  /** The sidecar `<source>.meta.yaml` read with it, or null when it has none. */
  sidecar: z.string().nullable(),
  /** Number of passages found. */
  passages: z.number().int(),
  /** What is wrong and what to do; empty when the file was read fully. */
  problems: z.array(z.string()),
});
export type BuildFile = z.infer<typeof buildFileSchema>;
