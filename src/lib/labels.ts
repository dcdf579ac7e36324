import type { SectionKind } from "../schemas/report.ts";

/** The Chinese name of each section kind, as the site shows it. */
export const sectionLabels: Record<SectionKind, string> = {
  preamble: "开头",
  review: "整改回顾",
  problem: "问题",
  cause: "原因",
  measure: "措施",
  closing: "结尾",
};

/** Shown wherever a metadata field could not be inferred. */
export const unknown = "未注明";

/** Where a metadata field's value came from (the `from` of its evidence), in the build report's words. */
export const evidenceSources: Record<string, string> = {
  title: "标题行",
  text: "正文",
  "file name": "文件名",
  sidecar: "旁注文件",
  frontmatter: "文件头元数据",
};
