import { z } from "astro/zod";

/** The frontmatter of `content/themes/<id>.md`, written by hand. */
export const themeFrontmatterSchema = z.object({
  /** The Chinese name shown everywhere (理论学习). */
  name: z.string().min(1),
  /** One sentence a cadre recognises the problem type by. */
  summary: z.string().min(1),
  /** Position in lists and charts. */
  order: z.number().int(),
  /** Lexicon: phrase → weight 1..3 (3 = specific to this theme). Matched as plain substrings. */
  keywords: z.record(z.string().min(1), z.number().int().min(1).max(3)),
  /**
   * Examples written by hand of how reports word this problem (headline-like phrases or short items), from which with
   * the keywords the theme's n-gram profile is learned: it places items the lexicon's exact phrases miss.
   */
  examples: z.array(z.string().min(1)).default([]),
});
export type ThemeFrontmatter = z.infer<typeof themeFrontmatterSchema>;

/** A theme as the classifier needs it: its frontmatter and its id (the file name). */
export interface Lexicon extends ThemeFrontmatter {
  id: string;
}
