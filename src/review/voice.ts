/** The team speaking: 我们 (not 我们党, 我们国家, the Party's and the nation's "we", nor the saying's 我们常说). */
const we = /我们(?!党|国家|国|常说|常讲)/gu;
/** The team as the subject of a clause (班子成员之间…, 领导班子…不够), not as whom the author deals with (与班子成员交流). */
const team = /(?<=^|[，。；：、！？\n]|我们|整个)(?:领导班子|班子成员|班子)/gu;
/** The author speaking for themself (自我批评 is a word, 我局 and 我镇 name the unit). */
const self = /(?<!自)我(?![们局镇乡区县市院校委部办所村厂司]|单位|支部|公司|街道)|本人/u;

/**
 * The words by which a problem item of a personal report speaks as the team (以班子问题代替个人问题): 我们, or 班子
 * opening a clause where the item never says 我 or 本人 (an author may well name the team they lead while owning the problem).
 */
export function teamVoiceWords(text: string): string[] {
  const words = [...new Set([...text.matchAll(we)].map((m) => m[0]))];
  if (!self.test(text)) for (const m of text.matchAll(team)) if (!words.includes(m[0])) words.push(m[0]);
  return words;
}
