import type { z } from "astro/zod";
import type { evidenceSchema, Kind, RoleGroup } from "../../schemas/report.ts";

export type Evidence = z.infer<typeof evidenceSchema>;

/** The metadata fields inferred from a report. */
export interface Metadata {
  kind: Kind;
  unit: string | null;
  role: string | null;
  roleGroup: RoleGroup | null;
  meeting: string | null;
  year: number | null;
  evidence: Evidence[];
}

/** What the inference reads: the title line, the lead-in, the whole text and the file name. */
export interface MetadataInput {
  title: string | null;
  preamble: string;
  text: string;
  fileName: string;
  /** A kind a person gave (sidecar or frontmatter): it is not inferred then, and the role is read for it. */
  kind?: Kind;
}

type Lexicon = [value: string, pattern: RegExp][];

// Earlier entries win ties; the title and file name outweigh any number of mentions in the body.
const units: Lexicon = [
  ["经开区", /经开区|经济技术开发区|经济开发区/gu],
  ["开发区", /开发区|高新区/gu],
  ["园区", /园区|产业园|工业园/gu],
  ["区政府办公室", /政府办公室|政府办/gu],
  ["镇街", /[乡镇]党委|街道|镇街|乡镇|镇政府/gu],
  ["委办局", /全委|委机关|本局|局机关|全局上下|委办局|[委局]党组成员/gu],
  ["基层党支部", /党支部|基层党组织|支部委员会/gu],
];

/**
 * Role phrases by class. At any place the first entry that matches names the role, so the specific come
 * before the general (镇党委副书记 before 党委书记 before 书记, 主任科员 before 主任). Generic ones (党员,
 * 干部) describe nearly every author: they count only where no other role is named.
 */
const roleVocabulary: [group: RoleGroup, pattern: string, generic?: true][] = [
  ["普通党员干部", "(?:一级|二级|三级|四级)?主任科员|政协委员|人大代表"],
  ["班子成员", "(?:(?:[镇乡]|街道)?党(?:工)?委|党组|党(?:总)?支部)?副书记|常务副[省市县区镇乡]长|副(?:[省市县区镇乡局处厅校院所站馆行厂]长|主任|主席|部长|总经理)"],
  ["班子成员", "(?:[省市县区]?纪委|纪工委)书记|纪检(?:监察)?组长|(?:[省市县区]委)?常委(?!会|班子)|党(?:工)?委委员|党(?:组|委|工委)成员"],
  ["班子成员", "(?:组织|宣传|纪检|青年|统战|支部)委员(?!会)|支委委员|(?:领导)?班子成员|分管领导"],
  ["主要负责人", "(?:(?:[镇乡]|街道)?党(?:工)?委|党组|党委[（(]党组[)）]|(?:村|社区)?党(?:总)?支部|[省市县区]委)书记"],
  ["主要负责人", "(?<![社园景校小片])[省市县区镇乡]长|[局处厅校院所站馆行厂]长|(?:办公室|党政办)?主任|部长|主席|董事长|总经理|一把手|主要负责(?:人|同志)"],
  ["主要负责人", "(?<![总副])书记"],
  ["中层和党务干部", "副?[科股]长|中层(?:干部)?|(?:科室|部门)负责人|党务干部|党建指导员"],
  ["普通党员干部", "教师|老师|班主任|辅导员|民警|警察|辅警|干警|法官|检察官|医生|护士|医务人员|公务员|科员|职工|社区工作者|网格员"],
  ["普通党员干部", "(?:普通|共产|预备)?党员(?:领导)?干部|(?:普通|共产|预备)?党员|(?:领导|机关|年轻)?干部", true],
];

/** The role vocabulary as one pattern, one capturing group per entry. */
const rolePattern = roleVocabulary.map(([, p]) => `(${p})`).join("|");

/** A role phrase anywhere: in a title, a file name, or a role a person gave. */
const anyRole = new RegExp(rolePattern, "gu");

/** A role the author claims in the body: 作为/身为/担任 (not 担当作为, 有所作为), then within a few words the role. */
const ownRole = new RegExp(`(?<![当所极动敢善为])(?:作为|身为|担任|我是|本人是|本人系)(?:一名|一位|一个)?[^，。；：！？\\n]{0,12}?(?:${rolePattern})`, "gu");

/** Body cues that imply a role without naming it, and the role they imply. */
const roleCues: [role: string, pattern: RegExp][] = [
  ["党委（党组）书记", /第一责任人/gu],
  ["办公室主任", /带领办公室|办公室全体/gu],
  ["分管领导", /分管/gu],
];

const meetings: Lexicon = [
  ["组织生活会", /组织生活会/gu],
  ["民主生活会", /民主生活会/gu],
];

/**
 * The phrases each year's meeting was prescribed to cover (public facts: the notices and the reports written
 * to them): campaigns, aspect headings, the latest plenum. A phrase two campaigns share (主题教育, 五个带头) is
 * listed under both. A text can only cite what had already happened, so where two years match as many
 * phrases the later wins.
 */
const templates: [year: number, phrases: RegExp[]][] = [
  [2014, [/群众路线教育实践活动/u, /享乐主义/u, /奢靡之风/u, /为民务实清廉/u]],
  [2015, [/三严三实/u, /严以修身/u, /严以用权/u, /严以律己/u, /谋事要实/u, /创业要实/u, /做人要实/u]],
  [2016, [/两学一做/u, /学党章党规/u, /学系列讲话/u, /做合格党员/u, /四讲四有/u]],
  [2017, [/党的十九大/u]],
  [2018, [/十九届[二三]中全会/u]],
  [2019, [/不忘初心、?牢记使命[”"]?(?:主题教育|专题)/u, /[“"]不忘初心、?牢记使命[”"]/u, /主题教育/u, /守初心、担使命、找差距、抓落实/u, /十九届四中全会/u]],
  [2020, [/十九届五中全会/u, /统筹疫情防控和经济社会发展/u, /决胜全面建成小康社会/u]],
  [2021, [/党史学习教育/u, /十九届六中全会/u, /五个带头/u, /感悟[“"]?两个确立[”"]?/u, /我们党是什么、要干什么/u, /学史明理/u, /我为群众办实事/u]],
  [2022, [/六个带头/u, /党的二十大/u, /领悟[“"]?两个确立[”"]?/u]],
  [2023, [/主题教育/u, /学思想、强党性、重实践、建新功/u, /以学(?:铸魂|增智|正风|促干)/u, /凝心铸魂筑牢根本|锤炼品格强化忠诚|践行宗旨为民造福|廉洁奉公树立新风/u, /二十届二中全会/u, /能力本领/u]],
  [2024, [/党纪学习教育/u, /四个带头/u, /增强党性、严守纪律、砥砺作风/u, /二十届三中全会/u, /强化政治忠诚、提高政治能力/u, /树立和践行正确政绩观/u]],
  [2025, [/八项规定精神学习教育/u, /五个带头/u, /二十届四中全会/u, /十五五/u, /作风建设常态化长效化/u, /强化政治忠诚、提高政治能力/u, /树立和践行正确政绩观/u]],
];

/** Infers kind, unit, role, meeting and year, recording the words each was decided by. */
export function inferMetadata(input: MetadataInput): Metadata {
  const evidence: Evidence[] = [];
  const pick = (field: string, lexicon: Lexicon, sources: [from: string, text: string, weight: number][]) => {
    let best: { value: string; score: number; from: string; match: string } | null = null;
    for (const [value, pattern] of lexicon) {
      let score = 0;
      let first: { from: string; match: string } | null = null;
      for (const [from, text, weight] of sources) {
        const hits = text.match(pattern) ?? [];
        score += hits.length * weight;
        if (hits[0] && !first) first = { from, match: hits[0] };
      }
      if (first && (!best || score > best.score)) best = { value, score, ...first };
    }
    if (best) evidence.push({ field, from: best.from, match: best.match });
    return best?.value ?? null;
  };
  const head: [string, string, number][] = [
    ["title", input.title ?? "", 100],
    ["file name", input.fileName, 100],
  ];
  const kind = input.kind ?? inferKind(input, evidence);
  const unit = pick("unit", units, [...head, ["text", input.text, 1]]);
  const { role, roleGroup } = kind === "team" ? teamRole(input, evidence) : personalRole(input, evidence);
  const meeting = pick("meeting", meetings, [...head, ["text", input.preamble, 1]]);
  return { kind, unit, role, roleGroup, meeting, year: inferYear(input, evidence), evidence };
}

/** The class of a role as a person wrote it (sidecar, frontmatter): the team for a team report, else the class of its first role phrase. */
export function roleGroupOf(role: string | null, kind: Kind): RoleGroup | null {
  if (kind === "team") return "领导班子";
  const m = role === null ? null : new RegExp(rolePattern, "u").exec(role);
  return m ? entryOf(m).group : null;
}

/** The vocabulary entry whose group matched: its class, and whether it is generic (党员, 干部). */
function entryOf(m: RegExpExecArray): { group: RoleGroup; generic: boolean } {
  const [group, , generic] = roleVocabulary[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] as (typeof roleVocabulary)[number];
  return { group, generic: generic === true };
}

// "在…民主生活会上的发言": the team named there is the meeting's, not the author.
const meetingClause = /在[^在，。]*?会上/gu;
const teamWords = /(?:党组|党(?:工)?委|常委|支部|支委)?(?:领导)?班子|党(?:总)?支部|支部委员会|支委会|党组|党(?:工)?委/u;
// 我 as the author, not 我们, 我国, 我党, 我市 (our town, said by either), nor 自我 or 无我.
const personalVoice = /本人|(?<![自忘无])我(?![们国党市区县镇乡省局委校院所部办司处厅站队])/gu;
// The team as subject: 我们, 班子, 部分班子成员, 支委会, 党组 (not 党组织, nor 党组书记 or 党组成员, who speak for themselves).
const teamVoice = /我们(?!党)|班子(?!成员)|(?:部分|个别|少数|有的|一些)班子成员|支部委员会|支委会|党组(?!织|副?书记|成员|[)）])/gu;

/**
 * Personal or team. The title or file name decides when it says: 个人/本人, 代表…班子, a role (镇党委书记,
 * 班子成员), or team words (领导班子, 党组, 党委) outside "在…会上". Else the voice: 我/本人/作为…(a role) against
 * 我们/班子/支委会/党组, the lead-in counting three times. A report with no sign either way is personal, as most are.
 */
function inferKind(input: MetadataInput, evidence: Evidence[]): Kind {
  const decide = (kind: Kind, from: string, match: string): Kind => {
    evidence.push({ field: "kind", from, match });
    return kind;
  };
  for (const [from, text] of [["title", input.title ?? ""], ["file name", input.fileName]] as const) {
    const outside = text.replace(meetingClause, "，");
    const own = /个人|本人/u.exec(text);
    if (own) return decide("personal", from, own[0]);
    const speaksFor = /代表[^，。]{0,12}?(?:班子|党组|党委|支部)/u.exec(outside);
    if (speaksFor) return decide("team", from, speaksFor[0]);
    const role = new RegExp(rolePattern, "u").exec(text);
    if (role) return decide("personal", from, role[0]);
    const team = teamWords.exec(outside);
    if (team) return decide("team", from, team[0]);
  }
  const count = (pattern: RegExp) => (input.text.match(pattern)?.length ?? 0) + 2 * (input.preamble.match(pattern)?.length ?? 0);
  // A role the author claims (作为一名党员) is one person speaking too.
  const personal = count(personalVoice) + count(ownRole);
  const team = count(teamVoice);
  if (personal === 0 && team === 0) return decide("personal", "default", "无“我”“我们”“班子”等称谓");
  return decide(team > personal ? "team" : "personal", "text", `我、本人、作为… ${personal} 处；我们、班子、党组 ${team} 处`);
}

/** A team report's role is the team, as its title or file name names it (党组班子, 党支部), else 领导班子. */
function teamRole(input: MetadataInput, evidence: Evidence[]): { role: string; roleGroup: RoleGroup } {
  for (const [from, text] of [["title", input.title ?? ""], ["file name", input.fileName]] as const) {
    const m = teamWords.exec(text.replace(meetingClause, "，"));
    if (m) {
      evidence.push({ field: "role", from, match: m[0] });
      return { role: m[0], roleGroup: "领导班子" };
    }
  }
  return { role: "领导班子", roleGroup: "领导班子" };
}

/**
 * The author's role as written: any role phrase in the title or file name (weight 100), one the body
 * claims (作为…副局长, weight 10), or a cue (第一责任人, weight 1). The highest score wins, the earliest found
 * on ties; a generic role (党员, 干部) only where nothing else is found.
 */
function personalRole(input: MetadataInput, evidence: Evidence[]): { role: string | null; roleGroup: RoleGroup | null } {
  const found = new Map<string, { group: RoleGroup | null; generic: boolean; score: number; from: string; match: string }>();
  const add = (role: string, entry: { group: RoleGroup | null; generic: boolean }, weight: number, from: string, match: string) => {
    const seen = found.get(role);
    if (seen) seen.score += weight;
    else found.set(role, { ...entry, score: weight, from, match });
  };
  for (const [from, text] of [["title", input.title ?? ""], ["file name", input.fileName]] as const) {
    for (const m of text.matchAll(anyRole)) add(m[0], entryOf(m), 100, from, m[0]);
  }
  for (const m of input.text.matchAll(ownRole)) {
    const role = m.slice(1).find((g) => g !== undefined) ?? m[0];
    add(role, entryOf(m), 10, "text", m[0]);
  }
  for (const [role, pattern] of roleCues) {
    for (const m of input.text.matchAll(pattern)) add(role, { group: roleGroupOf(role, "personal"), generic: false }, 1, "text", m[0]);
  }
  const ranked = [...found].sort(([, a], [, b]) => Number(a.generic) - Number(b.generic) || b.score - a.score);
  const best = ranked[0];
  if (!best) return { role: null, roleGroup: null };
  evidence.push({ field: "role", from: best[1].from, match: best[1].match });
  return { role: best[0], roleGroup: best[1].group };
}

/** The reviewed year: `2021年度…生活会`, else the latest year named, else the year whose template the text follows. */
function inferYear(input: MetadataInput, evidence: Evidence[]): number | null {
  const head = `${input.title ?? ""}\n${input.fileName}\n${input.preamble}`;
  // Up to 20 characters between: `2013年度群众路线教育实践活动专题组织生活会`.
  const explicit = /(20\d\d)年度?[^。，]{0,20}生活会/u.exec(head);
  if (explicit?.[1]) {
    evidence.push({ field: "year", from: "text", match: explicit[0] });
    return Number(explicit[1]);
  }
  const years = [...input.text.matchAll(/(20\d\d)年/gu)].map((m) => Number(m[1]));
  if (years.length > 0) {
    const year = Math.max(...years);
    evidence.push({ field: "year", from: "text", match: `${year}年` });
    return year;
  }
  const all = `${head}\n${input.text}`;
  let best: { year: number; hits: string[] } | null = null;
  for (const [year, phrases] of templates) {
    const hits = phrases.flatMap((p) => p.exec(all)?.[0] ?? []);
    if (hits.length > 0 && (!best || hits.length >= best.hits.length)) best = { year, hits };
  }
  if (!best) return null;
  evidence.push({ field: "year", from: "template", match: best.hits.join("、") });
  return best.year;
}

/** Kinds of institution a text names beyond the unit facet's, as identity words: a copied text carries its source's. */
const institutions: Lexicon = [
  ["学校", /学校|学院|大学|中学|小学|幼儿园|校党委|全校/gu],
  ["企业", /公司|集团|企业|厂区|董事会/gu],
  ["医院", /医院|卫生院/gu],
  ["村社区", /村党支部|村委会|村两委|社区党委|社区居委会/gu],
];

/** A word that says who wrote a text: a kind of unit or a role. */
export interface IdentityWord {
  word: string;
  /** Where it starts in the text. */
  at: number;
  field: "unit" | "role";
  /** The unit class (镇街, 学校…) or role class (主要负责人…) it names. */
  value: string;
}

/**
 * The unit and role words of a text (镇党委, 学校, 公司, 镇党委书记, 副局长…), generic roles (党员, 干部) left out:
 * the words a reviewer checks when a text may have been copied from another unit's report.
 */
export function identityWords(text: string): IdentityWord[] {
  const words: IdentityWord[] = [];
  for (const [value, pattern] of [...units, ...institutions]) for (const m of text.matchAll(pattern)) words.push({ word: m[0], at: m.index, field: "unit", value });
  for (const m of text.matchAll(anyRole)) {
    const { group, generic } = entryOf(m);
    if (!generic) words.push({ word: m[0], at: m.index, field: "role", value: group });
  }
  return words.sort((a, b) => a.at - b.at || b.word.length - a.word.length);
}
