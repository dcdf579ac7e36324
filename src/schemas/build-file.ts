import { z } from "astro/zod";

/** One input file and what became of it: the rows of the build report. */
export const buildFileSchema = z.object({
  /** Path relative to the sources folder (also the entry id). */
  id: z.string(),
  /** Ids of the reports made from it: none when it could not become one, several when it holds a collection (篇一, 篇二 …). */
  reports: z.array(z.string()),
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
  /** What was done to its text on the way: split into several reports, site furniture stripped, bytes replaced. */
  notes: z.array(z.string()),
});
export type BuildFile = z.infer<typeof buildFileSchema>;
