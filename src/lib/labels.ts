import type { Kind, Passage, SectionKind } from "../schemas/report.ts";

/** The Chinese name of each section kind, as the site shows it. */
export const sectionLabels: Record<SectionKind, string> = {
  preamble: "开头",
  review: "整改回顾",
  problem: "问题",
  cause: "原因",
  measure: "措施",
  closing: "结尾",
  other: "其他",
};

/** The Chinese name of each report kind: who the report speaks for. */
export const kindLabels: Record<Kind, string> = { personal: "个人", team: "班子" };

/** How a passage's themes were found (see src/themes/classify.ts), in the theme pages' words. */
export const basisLabels: Record<Passage["basis"], string> = { lexicon: "按词表", profile: "按相似度", none: "未归类" };

/** Shown wherever a metadata field could not be inferred. */
export const unknown = "未注明";

/** Where a metadata field's value came from (the `from` of its evidence), in the build report's words. */
export const evidenceSources: Record<string, string> = {
  title: "标题行",
  text: "正文",
  "file name": "文件名",
  sidecar: "旁注文件",
  frontmatter: "文件头元数据",
  template: "当年规定的方面，推断",
  default: "默认",
};

/** What a passage is called in lists: its headline, or its opening words where it has none. */
export function passageTitle(p: { headline: string; text: string }): string {
  if (p.headline) return p.headline;
  return p.text.length > 36 ? `${p.text.slice(0, 36)}…` : p.text;
}

/** Where a passage sits in its report, in words: `问题 第2方面 第3条`, `原因 第1条`. */
export function passagePlace(p: { id: string; section: SectionKind; aspect: number }): string {
  const n = /(\d+)$/.exec(p.id)?.[1] ?? "";
  return `${sectionLabels[p.section]}${p.aspect > 0 ? ` 第${p.aspect}方面` : ""} 第${n}条`;
}
