/** The fields a fallback title is made of. */
export interface TitleFields {
  title: string | null;
  unit: string | null;
  role: string | null;
  meeting: string | null;
  year: number | null;
}

/** The report's title, or one made from year, unit, role and meeting when the source has none. */
export function reportTitle(r: TitleFields): string {
  if (r.title) return r.title;
  const who = [r.unit, r.role].filter(Boolean).join("");
  const year = r.year ? `${r.year}年度` : "";
  return `${year}${who}${r.meeting ?? "生活会"}对照检查材料`;
}
