import type { z } from "astro/zod";
import type { evidenceSchema } from "../../src/schemas/report.ts";

export type Evidence = z.infer<typeof evidenceSchema>;

/** The metadata fields inferred from a report. */
export interface Metadata {
  unit: string | null;
  role: string | null;
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

const roles: Lexicon = [
  ["党工委书记", /党工委书记/gu],
  ["党委（党组）书记", /党[委组]书记|党委[（(]党组[)）]书记|[省市区县镇乡]委书记|第一责任人/gu],
  ["班子成员", /班子成员|副[区县市镇乡局]长|副主任|副书记/gu],
  ["分管领导", /分管/gu],
  ["办公室主任", /办公室主任|带领办公室|办公室全体/gu],
  ["党员", /作为一名(普通)?(共产)?党员|普通党员/gu],
];

const meetings: Lexicon = [
  ["组织生活会", /组织生活会/gu],
  ["民主生活会", /民主生活会/gu],
];

// Special meetings are named after the year's campaign; the year is the one the meeting reviews.
const campaigns: [year: number, pattern: RegExp][] = [
  [2024, /党纪学习教育/u],
  [2023, /主题教育/u],
  [2021, /党史学习教育|十九届六中全会/u],
  [2019, /不忘初心、?牢记使命/u],
];

/** Infers unit, role, meeting and year, recording the words each was decided by. */
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
  const unit = pick("unit", units, [...head, ["text", input.text, 1]]);
  const role = pick("role", roles, [...head, ["text", input.text, 1]]);
  const meeting = pick("meeting", meetings, [...head, ["text", input.preamble, 1]]);
  return { unit, role, meeting, year: inferYear(input, evidence), evidence };
}

/** The reviewed year: `2021年度…生活会`, else the latest year named, else the campaign's year. */
function inferYear(input: MetadataInput, evidence: Evidence[]): number | null {
  const head = `${input.title ?? ""}\n${input.fileName}\n${input.preamble}`;
  const explicit = /(20\d\d)年度?[^。，]{0,12}生活会/u.exec(head);
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
  for (const [year, pattern] of campaigns) {
    const m = pattern.exec(`${head}\n${input.text}`);
    if (m) {
      evidence.push({ field: "year", from: "text", match: m[0] });
      return year;
    }
  }
  return null;
}
