import { readFile } from "node:fs/promises";
import { z } from "astro/zod";

/** One hand-labelled passage of the check set. */
export const labelSchema = z.object({
  /** The passage's headline (or its opening words), copied only so the file can be read and reviewed. */
  headline: z.string(),
  /** The themes a careful reader gives it, most fitting first; [] when no theme fits. */
  themes: z.array(z.string()),
});
export type Label = z.infer<typeof labelSchema>;

/** The check set: `<report id>#<passage id>` → label. */
export const labelsSchema = z.record(z.string().regex(/^[^#]+#[^#]+$/), labelSchema);
export type Labels = z.infer<typeof labelsSchema>;

/** Reads and validates a labels file. */
export async function loadLabels(path: string): Promise<Labels> {
  return labelsSchema.parse(JSON.parse(await readFile(path, "utf8")));
}
