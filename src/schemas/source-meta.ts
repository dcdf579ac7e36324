import { z } from "astro/zod";

/**
 * Metadata a person sets for one source, in a sidecar `<source file name>.meta.yaml` or in the
 * frontmatter of a `.md` source. Every field given overrides the inferred one; `null` clears it.
 */
export const sourceMetaSchema = z.strictObject({
  /** 标题, shown instead of the title line (or the file name). */
  title: z.string().min(1).nullable().optional(),
  /** 单位, e.g. 园区, 经开区, 区政府办公室, 镇街, 委办局, 基层党支部. */
  unit: z.string().min(1).nullable().optional(),
  /** 职务, e.g. 党委（党组）书记, 党工委书记, 班子成员, 分管领导, 办公室主任, 党员. */
  role: z.string().min(1).nullable().optional(),
  /** 会议: 民主生活会, 组织生活会, or another meeting's name. */
  meeting: z.string().min(1).nullable().optional(),
  /** 年度: the year the meeting reviews, e.g. 2021. */
  year: z.number().int().min(1921).max(2100).nullable().optional(),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
