import { redaction } from "../lib/redactions.ts";
import { countsIn, wordsOf } from "./words.ts";

/** A date or a time the author can be held to (2023年 is a count and found as one). */
const dates = /今年|去年|前年|上半年|下半年|年初|年中|年底|年末|上个?月|本月|当月|上周|本周|当天|春节|国庆|中秋|汛期|防汛期间|疫情期间|换届期间|[一二三四]季度|[一二三四五六七八九十]{1,2}月份?/gu;

/** A named document, or a name the author redacted (xx村, 某某公司, ××项目): there was a particular one. */
const names = new RegExp(`《[^《》]{1,40}》|某(?:村|镇|乡|街道|社区|项目|公司|企业|单位|部门|局|科室?|学校|医院|工程|小区|同志)|(?:${redaction.source})`, "gu");

/** The author pointing at an instance. */
// Not a bare “如：”: reports use it for “that is” before a general restatement as often as before an instance.
const examples = /例如|比如|譬如|如在|以[^，。；]{1,15}为例|有一次|一次在/gu;

/** Words of a typical-case analysis (2025's notice asks for one). */
export const caseWords = /典型案例|案例剖析|剖析案例|警示案例|以案促改|以案为鉴|以案明纪|以案说法|反面典型|典型案件|案例/gu;

/**
 * The concrete facts of an item, as written: counts, dates, named documents and redacted names, examples.
 * An item without any is 大而化之 (general): it could stand in anyone's report.
 */
export function factsIn(text: string): string[] {
  return [...countsIn(text), ...wordsOf(text, dates), ...wordsOf(text, names), ...wordsOf(text, examples)];
}
