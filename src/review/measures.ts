import { countsIn, phrasePattern, wordsOf } from "./words.ts";

/** A deadline or a frequency a measure can be checked against. */
const timing = phrasePattern([
  "年底前", "年内", "月底前", "季度末", "限期", "时限", "前完成", "之前完成", "每月", "每周", "每季度", "每年", "每半年",
  "每学期", "每天", "至少", "不少于", "不低于", "全覆盖", "按月", "按季度", "定期",
]);

/** The words that make a measure checkable: counts, deadlines, frequencies. */
export function checkableWords(text: string): string[] {
  return [...countsIn(text), ...wordsOf(text, timing)];
}
