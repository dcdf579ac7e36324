/** Fewest Chinese characters a report has: anything shorter is a note, a stub or a misplaced file. */
const minHan = 100;

/** Why a decoded text cannot be a 对照检查材料 (empty, no Chinese, too short), or null when it can. */
export function reportTextProblem(text: string): string | null {
  if (text.trim() === "") return "文件中没有文字：请放入有内容的对照检查材料，或删除此文件。";
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return "文件中没有中文，不是对照检查材料：如放错了文件，请把它移出来源文件夹。";
  if (han < minHan) return `只有 ${han} 个汉字，太短，不像一篇对照检查材料：请放入完整的材料，或把它移出来源文件夹。`;
  return null;
}
