import { passagePlace, passageTitle } from "../lib/labels.ts";
import type { SectionKind } from "../schemas/report.ts";
import type { Review, ReviewEvidence } from "../schemas/review.ts";
import { defaultStockOptions } from "../similarity/check/stock-phrases.ts";
import { percent } from "../similarity/check/summary.ts";
import { roots } from "./causes.ts";

/** One passage a signal rests on, as a page lists it. */
export interface EvidenceView {
  /** The passage id, or `<report id>#<passage id>` for another report's. */
  passage: string;
  href: string;
  /** Its headline, or the opening of its text. */
  label: string;
  /** The words that decided. */
  words: string[];
}

/** A group of evidence under one caption (“有具体事实的条目”, “没有写到的规定方面”). */
export interface EvidenceGroup {
  caption: string;
  items: EvidenceView[];
  /** Plain entries where there is no passage to point at (a missing aspect, a stock phrase). */
  notes: string[];
}

/**
 * A signal's rule: one sentence every report's panel states, and the rule in full with its limits, which the
 * report pages link to on /review/ (#rule-<key>) rather than repeat on each of thousands of pages.
 */
export interface SignalRule {
  label: string;
  brief: string;
  rule: string;
  limits: string;
}

/** The id of a signal's section on /review/, where its rule and limits are stated in full. */
export const ruleAnchor = (key: string): string => `rule-${key}`;

/** One 审读 signal as the report page and the 查重 page show it: its value, its rule, its evidence. */
export interface SignalView extends SignalRule {
  key: "stock" | "concrete" | "prescribed" | "causes" | "measures" | "rectification" | "voice" | "repeats";
  /** The figure, or "—" where the signal cannot tell. */
  value: string;
  /** One sentence saying what was found. */
  summary: string;
  /** `attention` where a reviewer should look (a missing aspect, no facts), `unknown` where it cannot tell. */
  status: "ok" | "attention" | "unknown";
  groups: EvidenceGroup[];
}

/** A signal's status as the panels word it beside the figure ("" for ok). */
export const statusLabel: Record<SignalView["status"], string> = { ok: "", attention: "需留意", unknown: "无从判断" };

/** How a page names and links passages. */
export interface ExplainContext {
  /** A passage of this report: its label (headline or opening). */
  label(passage: string): string;
  /** Its link. */
  href(passage: string): string;
  /** Another report's passage (`<report id>#<passage id>`): its link. */
  earlierHref(ref: string): string;
  /** Theme id → name. */
  themeName(id: string): string;
}

/**
 * Every signal's rule. `notice` names the notice a report's prescribed aspects come from; without one (on
 * /review/, for all reports) the rule says where the notices are listed.
 */
export function signalRules(notice = "content/prescribed/ 中每年每种会议一个文件，注明出处"): Record<SignalView["key"], SignalRule> {
  return {
    stock: {
      label: "套话",
      brief: `在语料 ${percent(defaultStockOptions.share)} 以上（且至少 ${defaultStockOptions.atLeast} 篇）的材料中都出现的四字串算作套话，套话比例 = 套话中的汉字 ÷ 全部条目的汉字。`,
      rule: `在语料 ${percent(defaultStockOptions.share)} 以上（且至少 ${defaultStockOptions.atLeast} 篇）的材料中都出现的四字串，连成不超过 ${defaultStockOptions.maxLength} 字的一段，算作套话（与查重相同）；套话比例 = 套话中的汉字 ÷ 全部条目的汉字。`,
      limits: "套话是全库共有的说法，不等于错：政治表述本应统一。比例要与同一年度、同一会议的材料相比；语料篇数很少时，共有的说法统计不稳。",
    },
    concrete: {
      label: "具体",
      brief: "问题条目中有数字、数量、日期、书名号中的文件、隐去的名称或举例的，算“具体”；也看有没有典型案例剖析。",
      rule: "问题条目中至少有一项具体事实，算“具体”：阿拉伯数字（3 次、85%）、“两次”“三个月”这样的数量、日期时间（2023年、去年、春节期间）、书名号中的文件、隐去的名称（xx村、某某公司）、举例（例如、比如、以……为例、有一次；单独的“如：”不算，它常引出的是泛泛的复述）。“两个确立”“四个意识”“八项规定”这类带数字的提法不算。也看有没有典型案例剖析（典型案例、以案促改、以案为鉴、反面典型）；当年通知要求剖析典型案例的（content/prescribed/ 中写 caseAnalysis: true，如 2025 年度），没有时提示。",
      limits: "只认字面：写了数字不等于写实了，没有数字、却把经过写清楚的条目会被算作没有具体事实。",
    },
    prescribed: {
      label: "规定方面",
      brief: `按当年通知规定的方面（${notice}）逐一对照，一个方面的关键词出现在“存在的问题”部分，就算写到。`,
      rule: `按当年通知规定的方面（${notice}）逐一对照：一个方面的关键词出现在“存在的问题”部分，就算写到：先看各方面的标题；标题中没有的，再看条目，但已经对上另一个规定方面的标题下的条目不算（“两个维护”“从严治党”这类说法各方面都会用）。`,
      limits: "关键词只说明写到了这个话题，不说明写得好；用了别的说法的方面会被算作没写到，请点开证据核对。",
    },
    causes: {
      label: "原因",
      brief: `原因分析应追到思想根源（${roots.map((r) => r.root).join("、")}），各以其用语识别；只讲客观情况的原因单独列出。`,
      rule: `原因分析应追到思想根源：${roots.map((r) => r.root).join("、")}，各以其用语识别（如理想信念：信仰、世界观、总开关；纪律规矩：纪律、规矩、底线）。没有触及任何根源、却写了“工作忙”“任务重”“客观原因”这类情况的原因条目，单独列出。`,
      limits: "用语出现不等于剖析到位；换了说法（如“思想上的螺丝松了”）的根源会被漏认。",
    },
    measures: {
      label: "措施",
      brief: "每条问题看有没有一条同一问题类型的措施；写了时限或数量的措施算可检查。",
      rule: "每条问题按它的首要问题类型，看有没有一条措施属于同一类型；没有的列出。措施中写了时限或数量（年底前、每季度、至少、不少于、2 次）的，算可检查。",
      limits: "问题类型由自动归类得出，归类不准时对应关系也会不准；没有时限的措施不一定空泛。",
    },
    rectification: {
      label: "整改回顾",
      brief: "有“上年度……整改落实情况”这样的部分，算有整改回顾。",
      rule: "有“上年度……整改落实情况”这样的部分，算有整改回顾。民主生活会、组织生活会每年一次，所以都应当有。",
      limits: "整改情况写在开头段落里、没有单独成节的，会被算作没有。",
    },
    voice: {
      label: "口吻",
      brief: "个人材料的问题条目用“我们”或以“班子”为主语、又没有“我”的，算作班子的口吻。",
      rule: "个人材料的问题条目中出现“我们”（“我们党”“我们国家”“我们常说”不算），或在句首以“班子”“领导班子”“班子成员”为主语、整条又没有“我”“本人”的，算作班子的口吻。",
      limits: "分管领导谈分管领域时用“我们”未必是推责；省略主语的条目看不出口吻。",
    },
    repeats: {
      label: "年复一年",
      brief: "与同一作者年度更早的材料中的问题用字几乎相同（相似度 ≥ 30%）的问题，算重复。",
      rule: "同一作者（旁注文件或 frontmatter 中的 author）年度更早的材料中，与本篇某条问题用字几乎相同的问题（相邻三字组的 Jaccard 相似度 ≥ 30%，或较短一条 ≥ 60% 见于另一条），算重复，先比最近的一年。",
      limits: "改写较多的旧问题认不出；确实没有整改好的问题，重复写出也是实情，要看整改回顾是否交代。没有年度的材料不参加比较。",
    },
  };
}

/** The 审读 signals in reading order, each explained: shared by the report page (at build time) and the 查重 page. */
export function explainReview(review: Review, ctx: ExplainContext): SignalView[] {
  const view = (e: ReviewEvidence): EvidenceView => ({ passage: e.passage, href: ctx.href(e.passage), label: ctx.label(e.passage), words: e.words });
  const ids = (passages: string[]) => passages.map((p) => view({ passage: p, words: [] }));
  const group = (caption: string, items: EvidenceView[], notes: string[] = []): EvidenceGroup => ({ caption, items, notes });
  const signals: SignalView[] = [];
  const rules = signalRules(review.prescribed?.notice);

  const { stock } = review;
  signals.push({
    key: "stock",
    ...rules.stock,
    value: percent(review.stockShare),
    summary: `全部条目的 ${stock.han} 个汉字中，${stock.stock} 个是套话（${percent(review.stockShare)}）。`,
    status: stock.han === 0 ? "unknown" : "ok",
    groups: stock.phrases.length ? [group("本篇最常出现的套话", [], stock.phrases.map((p) => `${p.text}（${p.count} 处）`))] : [],
  });

  const { concrete } = review;
  const caseLine = concrete.caseAnalysis
    ? `有典型案例剖析（${ctx.label(concrete.caseAnalysis.passage)}：${concrete.caseAnalysis.words.join("、")}）。`
    : concrete.caseExpected
      ? "当年通知要求剖析典型案例，没有找到。"
      : "没有找到典型案例剖析。";
  signals.push({
    key: "concrete",
    ...rules.concrete,
    value: review.concreteShare === null ? "—" : percent(review.concreteShare),
    summary:
      review.concreteShare === null
        ? `没有识别出问题条目，无从判断是否具体。${caseLine}`
        : `${concrete.items} 条问题中 ${concrete.concrete.length} 条有具体事实，${concrete.vague.length} 条没有。${caseLine}`,
    status:
      review.concreteShare === null ? "unknown" : concrete.vague.length > concrete.concrete.length || (concrete.caseExpected && !concrete.caseAnalysis) ? "attention" : "ok",
    groups: [
      group("没有具体事实的问题条目", ids(concrete.vague)),
      group("有具体事实的问题条目", concrete.concrete.map(view)),
    ].filter((g) => g.items.length),
  });

  const p = review.prescribed;
  signals.push({
    key: "prescribed",
    ...rules.prescribed,
    value: p ? `${p.covered.length} / ${p.covered.length + p.missing.length}` : "—",
    summary: p
      ? p.missing.length
        ? `${p.year} 年度${p.meeting}（${p.theme}）规定的 ${p.covered.length + p.missing.length} 个方面，写到 ${p.covered.length} 个，没有写到：${p.missing.join("；")}。`
        : `${p.year} 年度${p.meeting}（${p.theme}）规定的 ${p.covered.length} 个方面都写到了。`
      : review.prescribedNote,
    status: p ? (p.missing.length ? "attention" : "ok") : "unknown",
    groups: p
      ? [
          group("没有写到的规定方面", [], p.missing),
          group(
            "写到的规定方面",
            p.evidence.map((e) => ({ passage: e.passage, href: ctx.href(e.passage), label: `${e.aspect} ← ${e.where === "heading" ? "方面标题" : "条目"}“${ctx.label(e.passage)}”`, words: e.words })),
          ),
        ].filter((g) => g.items.length || g.notes.length)
      : [],
  });

  const c = review.causes;
  const reached = c.roots.filter((r) => r.evidence.length);
  const unreached = c.roots.filter((r) => !r.evidence.length).map((r) => r.root);
  signals.push({
    key: "causes",
    ...rules.causes,
    value: c.items ? `${reached.length} / ${roots.length}` : "—",
    summary: c.items
      ? `${c.items} 条原因触及 ${reached.length} 个根源${unreached.length ? `，没有触及：${unreached.join("、")}` : ""}${c.excuses.length ? `；${c.excuses.length} 条只讲客观情况` : ""}。`
      : "没有识别出原因分析部分。",
    status: !c.items ? "unknown" : unreached.length > 2 || c.excuses.length ? "attention" : "ok",
    groups: [
      ...reached.map((r) => group(`触及${r.root}`, r.evidence.map(view))),
      group("只讲客观情况的原因", c.excuses.map(view)),
    ].filter((g) => g.items.length),
  });

  const m = review.measures;
  signals.push({
    key: "measures",
    ...rules.measures,
    value: m.items ? `${m.checkable.length} / ${m.items}` : "—",
    summary: m.items
      ? `${m.items} 条措施中 ${m.checkable.length} 条有时限或数量；${m.unanswered.length ? `${m.unanswered.map((u) => ctx.themeName(u.theme)).join("、")}类的问题没有对应的措施` : "每类问题都有对应的措施"}。`
      : "没有识别出整改措施部分：问题都没有对应的措施。",
    status: !m.items || m.unanswered.length ? "attention" : "ok",
    groups: [
      ...m.unanswered.map((u) => group(`没有措施对应的问题：${ctx.themeName(u.theme)}`, ids(u.passages))),
      group("有时限或数量的措施", m.checkable.map(view)),
    ].filter((g) => g.items.length),
  });

  const r = review.rectification;
  signals.push({
    key: "rectification",
    ...rules.rectification,
    value: r.items ? `${r.items} 条` : "无",
    summary: r.items
      ? `通报了上年度的整改落实情况（${r.items} 条）。`
      : r.expected
        ? "没有通报上年度整改落实情况：民主生活会、组织生活会每年召开，上次会议查摆的问题应有整改情况。"
        : "没有通报上年度整改落实情况；会议不明，不知道是否应当通报。",
    status: r.items ? "ok" : r.expected ? "attention" : "unknown",
    groups: [],
  });

  const v = review.voice;
  signals.push({
    key: "voice",
    ...rules.voice,
    value: v.applies ? `${v.team.length} 条` : "—",
    summary: !v.applies
      ? "班子材料以班子的口吻写，本项不适用。"
      : v.team.length
        ? `${v.items} 条问题中 ${v.team.length} 条用班子的口吻（我们、班子），可能是以班子问题代替个人问题。`
        : `${v.items} 条问题都是个人的口吻。`,
    status: !v.applies ? "unknown" : v.team.length ? "attention" : "ok",
    groups: v.team.length ? [group("用班子口吻的问题条目", v.team.map(view))] : [],
  });

  const s = review.series;
  const others = s ? s.total - 1 : 0;
  signals.push({
    key: "repeats",
    ...rules.repeats,
    value: s ? `${review.repeats.length} 条` : "—",
    summary: !s
      ? "没有署名（author），无从与同一作者往年的材料对照：可在旁注文件或 frontmatter 中写 author（姓名或代号）。"
      : others === 0
        ? `署名“${s.author}”在库中只有这一篇。`
        : `署名“${s.author}”在库中有 ${s.total} 篇${s.gaps.length ? `（缺 ${s.gaps.join("、")} 年度）` : ""}；${review.repeats.length ? `${review.repeats.length} 条问题与往年的问题几乎相同` : "没有与往年相同的问题"}。`,
    status: !s || others === 0 ? "unknown" : review.repeats.length ? "attention" : "ok",
    groups: [
      ...(review.repeats.length
        ? [group("与往年相同的问题", review.repeats.map((x) => ({ passage: x.passage, href: ctx.href(x.passage), label: `${ctx.label(x.passage)} ← 往年 ${x.earlier}（相似度 ${percent(x.jaccard)}）`, words: [] })))]
        : []),
      ...(review.repeats.length ? [group("往年对应的问题", review.repeats.map((x) => ({ passage: x.earlier, href: ctx.earlierHref(x.earlier), label: x.earlier, words: [] })))] : []),
    ],
  });
  return signals;
}

/** Names a report's passages and aspect anchors (`a2`) as the evidence lists show them: where, and its headline. */
export function passageLabeler(
  passages: { id: string; section: SectionKind; aspect: number; headline: string; text: string }[],
  aspects: { n: number; heading: string }[],
): (passage: string) => string {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    if (p) return `${passagePlace(p)}：${passageTitle(p)}`;
    const aspect = /^a(\d+)$/.exec(id) && aspects.find((a) => `a${a.n}` === id);
    return aspect ? `第${aspect.n}方面：${aspect.heading}` : id;
  };
}
