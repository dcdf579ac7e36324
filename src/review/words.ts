/** The distinct words a global pattern finds in a text, in reading order. */
export function wordsOf(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(pattern)) if (m[0] && !found.includes(m[0])) found.push(m[0]);
  return found;
}

/** One alternation of plain phrases, longest first so that the longer phrase wins where two overlap. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("|"), "gu");
}

/**
 * The genre's numbered formulas: a number in them is doctrine, not a fact of the author's work
 * (两个确立, 四个意识, 三会一课, 八项规定, 六个带头…).
 */
export const numberedFormulas = phrasePattern([
  "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "四个服从", "四个对照", "四个找一找", "四个带头", "五个带头",
  "六个带头", "五个必须", "六个必须", "两个务必", "三个务必", "两个结合", "两个大局", "两个先锋队", "两个一百年", "两个责任",
  "三个代表", "三个区分开来", "三个表率", "三会一课", "三重一大", "三严三实", "两学一做", "四下基层", "四种形态", "五位一体",
  "十个明确", "十四个坚持", "十三个方面", "两个根本", "八项规定", "六项纪律", "四风", "七个有之", "两面人", "三大攻坚战",
  "五大发展理念", "四个机关", "两个覆盖", "两个作用", "四个伟大", "三不腐", "百年",
]);

/** Numbered doctrine by its form: 八个明确, 以下四个方面, 省委九项规定 (a count of points, not of things done). */
const numberedPoints = /[两二三四五六七八九十]+个(?:方面|带头|明确|坚持|必须|务必|意识|自信|维护|确立|全面|服从|伟大|机关|代表|表率|统筹|结合|大局|作用|覆盖|责任|根本|先锋队|区分开来|对照|字)|[二三四五六七八九十]+项(?:规定|纪律)/gu;

/**
 * A count of something the author did or saw: Arabic digits, or a Chinese numeral other than 一 with a measure word
 * (两次, 三个月, 十余家). Digits that number sub-points (（1）, 2、) and ordinals (第三次) are enumerators, not counts.
 */
const count =
  /(?<![（(\d第])\d+(?:[.．]\d+)?(?![)）\d]|[、．.](?!\d))[%％]?|(?<!第)(?:[二三四五六七八九十百千万两]|[一二三四五六七八九]十)[余多]?(?:个月|个|次|项|件|名|人|户|家|天|周|年|篇|场|期|批|所|条|位|元|万元|亿元|小时|公里|亩|起|轮|份|本|门)/gu;

/** The counts in a text, leaving out those inside the genre's numbered formulas. */
export function countsIn(text: string): string[] {
  const masked = text.replace(numberedFormulas, (f) => "　".repeat(f.length)).replace(numberedPoints, (f) => "　".repeat(f.length));
  return wordsOf(masked, count);
}
