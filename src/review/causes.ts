import { phrasePattern, wordsOf } from "./words.ts";

/**
 * The classic roots a cause analysis is expected to reach (the notices ask causes to be traced to 理想信念, 党性修养,
 * 宗旨意识 and 纪律规矩, not to circumstances), each with the words that name it.
 */
export const roots: { root: string; words: RegExp }[] = [
  { root: "理想信念", words: phrasePattern(["理想信念", "信仰", "信念", "世界观", "人生观", "价值观", "总开关", "初心"]) },
  { root: "党性修养", words: phrasePattern(["党性", "主观世界", "修养", "自我革命"]) },
  { root: "宗旨意识", words: phrasePattern(["宗旨", "为人民服务", "群众观点", "群众感情", "以人民为中心", "人民立场", "群众路线"]) },
  { root: "纪律规矩", words: phrasePattern(["纪律", "规矩", "底线", "红线"]) },
];

/** Circumstances offered as a cause: the author was busy, not at fault. */
export const excuseWords = phrasePattern([
  "工作忙", "工作繁忙", "事务多", "事务繁杂", "事务繁忙", "任务重", "任务繁重", "时间紧", "精力有限", "客观原因",
  "忙于事务", "事务性工作", "没有时间", "疲于应付", "人手少", "人手不足",
]);

/** The roots a cause names, with the words. */
export function rootsIn(text: string): { root: string; words: string[] }[] {
  return roots.map(({ root, words }) => ({ root, words: wordsOf(text, words) })).filter((r) => r.words.length > 0);
}
