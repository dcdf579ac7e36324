import { z } from "astro/zod";
import { kindSchema, roleGroupSchema } from "./report.ts";

/**
 * Metadata a person sets for one source, in a sidecar `<source file name>.meta.yaml` or in the
 * frontmatter of a `.md` source. Every field given overrides the inferred one; `null` clears it.
 */
export const sourceMetaSchema = z.strictObject({
  /** 标题, shown instead of the title line (or the file name). */
  title: z.string().min(1).nullable().optional(),
  /** 单位, e.g. 园区, 经开区, 区政府办公室, 镇街, 委办局, 基层党支部. */
  unit: z.string().min(1).nullable().optional(),
  /** personal (个人) or team (班子); the role of a team report is the team. */
  kind: kindSchema.optional(),
  /** 职务 as it should be shown, e.g. 镇党委书记, 副局长, 组织委员, 党员; its class follows unless roleGroup is given. */
  role: z.string().min(1).nullable().optional(),
  /** 职务类别 for the facet: 主要负责人, 班子成员, 中层和党务干部, 普通党员干部 or 领导班子. */
  roleGroup: roleGroupSchema.nullable().optional(),
  /** 会议: 民主生活会, 组织生活会, or another meeting's name. */
  meeting: z.string().min(1).nullable().optional(),
  /** 作者: a name or a code (张三, A-017) that ties one person's or team's reports of several years into a series. */
  author: z
    .union([z.string().min(1), z.number()])
    // A code is often a number (a staff number): kept as written.
    .transform(String)
    .nullable()
    .optional(),
  /** 年度: the year the meeting reviews, e.g. 2021. */
  year: z.number().int().min(1921).max(2100).nullable().optional(),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
