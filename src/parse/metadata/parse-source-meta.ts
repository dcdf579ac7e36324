import type { z } from "astro/zod";
import { parse } from "yaml";
import { kindSchema, roleGroups } from "../../schemas/report.ts";
import { sourceMetaSchema, type SourceMeta } from "../../schemas/source-meta.ts";

const fields = Object.keys(sourceMetaSchema.shape).join("、");

/** Parses sidecar or frontmatter YAML into metadata overrides; throws an Error saying, in Chinese, what to fix. */
export function parseSourceMeta(yaml: string): SourceMeta {
  let data: unknown;
  try {
    data = parse(yaml) ?? {};
  } catch (error) {
    throw new Error(`不是有效的 YAML（${error instanceof Error ? error.message.split("\n")[0] : String(error)}）`);
  }
  const result = sourceMetaSchema.safeParse(data);
  if (!result.success) throw new Error(result.error.issues.map(describeIssue).join("；"));
  return result.data;
}

/** One validation issue in the words a person editing the YAML needs. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `未知字段 ${issue.keys.join("、")}（可用字段：${fields}）`;
  const [field] = issue.path;
  if (field === undefined) return `应为“字段: 值”的映射，如“unit: 经开区”`;
  if (field === "year") return "year 应为四位数的年份，如 2021";
  if (field === "kind") return `kind 应为 ${kindSchema.options.join(" 或 ")}（个人或班子）`;
  if (field === "roleGroup") return `roleGroup 应为 ${roleGroups.join("、")} 之一（或写 null 表示不填）`;
  return `${String(field)} 应为一段文字（或写 null 表示不填）`;
}
