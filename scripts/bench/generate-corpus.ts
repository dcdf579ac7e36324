// A deterministic generator of realistic reports for the benchmark: it recombines and lightly varies
// the passages of the shipped sources while keeping the genre's skeleton and enumerators.
// Usage: node scripts/bench/generate-corpus.ts <count> <out-dir> [seed] [recombined|copied]
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import type { ParsedReport, Passage } from "../../src/schemas/report.ts";
import { numberToCn } from "../../src/parse/structure/enumerators.ts";
import { loadGlossary } from "../normalize/load-glossary.ts";
import { mulberry32 } from "../../src/similarity/hash.ts";
import { processReport } from "../../src/parse/process-report.ts";
import { listSources } from "../sources/list-sources.ts";
import { loadThemes } from "../themes/load-themes.ts";
import { trainModel } from "../../src/themes/train-model.ts";

const root = join(import.meta.dirname, "..", "..");

/** Numbers in [0, 1) from the seeded generator the MinHash uses: the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
}

/** What the generated reports are recombined from. */
interface Pools {
  preambles: string[];
  reviews: Passage[];
  aspects: { heading: string; items: Passage[] }[][];
  causes: Passage[];
  measures: Passage[];
  closings: string[];
}

async function loadPools(): Promise<Pools> {
  const dir = join(root, "content", "sources");
  const options = { glossary: await loadGlossary(join(root, "content", "glossary.yaml")), model: trainModel(await loadThemes(join(root, "content", "themes"))) };
  const reports: ParsedReport[] = [];
  for (const source of await listSources(dir)) {
    reports.push((await processReport(await readFile(join(dir, source), "utf8"), source, options)).report);
  }
  const of = (r: ParsedReport, kind: string) => r.passages.filter((p) => p.section === kind);
  const aspects: Pools["aspects"] = [];
  for (const r of reports) {
    const problem = r.sections.find((s) => s.kind === "problem");
    problem?.aspects.forEach((a, i) => {
      (aspects[i] ??= []).push({ heading: a.heading, items: r.passages.filter((p) => p.section === "problem" && p.aspect === a.n) });
    });
  }
  return {
    preambles: reports.flatMap((r) => of(r, "preamble").map((p) => p.text)),
    reviews: reports.flatMap((r) => of(r, "review")),
    aspects,
    causes: reports.flatMap((r) => of(r, "cause")),
    measures: reports.flatMap((r) => of(r, "measure")),
    closings: reports.flatMap((r) => of(r, "closing").map((p) => p.text)),
  };
}

const units = ["园区", "经开区", "区政府办公室", "镇街", "市发改委", "区教育局", "高新区", "街道党工委"];
const roles = ["党委书记", "党工委书记", "班子成员", "分管领导", "办公室主任", "党员"];
// Light variation: the same problem written with the genre's interchangeable words.
const swaps: [string, string][] = [
  ["不够", "不足"],
  ["还有差距", "仍有差距"],
  ["有所弱化", "有所淡化"],
  ["深入", "深度"],
  ["进一步", "更加"],
  ["工作", "业务"],
];

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function vary(rand: () => number, text: string): string {
  let out = text;
  for (const [a, b] of swaps) if (rand() < 0.3) out = out.replaceAll(a, b);
  return out;
}

/**
 * How generated reports are worded. `recombined`: the shipped reports' items, lightly varied (a corpus of near
 * copies of a few texts). `copied`: items of their own, recombined from the shipped items' clauses, and one in
 * three copied whole from a pool of popular items, a few of them into very many reports, as reports copied
 * from each other are.
 */
export type CorpusStyle = "recombined" | "copied";

/** The item texts a report is written with, by where they go. */
interface Items {
  review(): string;
  problem(aspect: number): string;
  cause(): string;
  measure(): string;
}

function recombinedItems(rand: () => number, pools: Pools): Items {
  const of = (list: Passage[]) => vary(rand, pick(rand, list).text);
  return {
    review: () => of(pools.reviews),
    problem: (a) => of(pick(rand, pools.aspects[a % pools.aspects.length] ?? []).items),
    cause: () => of(pools.causes),
    measure: () => of(pools.measures),
  };
}

/** Items in the popular pool, and the share of items taken from it. */
const popularItems = 400;
const copiedShare = 1 / 3;

function copiedItems(rand: () => number, pools: Pools): Items {
  const clausesOf = (list: Passage[]) => [...new Set(list.flatMap((p) => p.text.split(/[，；。！？\n]/u)).map((c) => c.trim()).filter((c) => [...c].length >= 4))];
  const problemClauses = clausesOf(pools.aspects.flat().flatMap((a) => a.items));
  const clauses = { review: clausesOf(pools.reviews), problem: problemClauses, cause: clausesOf(pools.causes), measure: clausesOf(pools.measures) };
  const own = (list: string[]) => `${Array.from({ length: 2 + Math.floor(rand() * 4) }, () => vary(rand, pick(rand, list))).join("，")}。`;
  const popular = Object.fromEntries(Object.entries(clauses).map(([k, list]) => [k, Array.from({ length: popularItems }, () => own(list))])) as Record<keyof typeof clauses, string[]>;
  // Cubing the draw makes a few popular items very common and most of them rare.
  const item = (k: keyof typeof clauses) => (rand() < copiedShare ? (popular[k][Math.floor(popularItems * rand() ** 3)] as string) : own(clauses[k]));
  return { review: () => item("review"), problem: () => item("problem"), cause: () => item("cause"), measure: () => item("measure") };
}

/** One report as plain text, in the genre's skeleton, with a randomly chosen enumerator style. */
function composeReport(rand: () => number, pools: Pools, items: Items, n: number): string {
  const year = 2019 + (n % 6);
  const meeting = rand() < 0.8 ? "民主生活会" : "组织生活会";
  const unit = pick(rand, units);
  const role = pick(rand, roles);
  const lines: string[] = [];
  if (rand() < 0.5) lines.push(`${unit}${role}${year}年度${meeting}对照检查材料`);
  lines.push(vary(rand, pick(rand, pools.preambles)).replace(/民主生活会|组织生活会/g, meeting));
  let section = 0;
  const heading = (words: string) => lines.push(`${numberToCn(++section)}、${words}`);
  if (rand() < 0.3) {
    heading(`${year - 1}年度${meeting}整改措施落实情况`);
    for (let i = 1; i <= 3 + Math.floor(rand() * 4); i++) lines.push(`（${numberToCn(i)}）${items.review()}`);
  }
  heading("存在的主要问题");
  const style = Math.floor(rand() * 3);
  let counter = 0;
  const aspectCount = 4 + Math.floor(rand() * 2);
  for (let a = 0; a < aspectCount; a++) {
    const aspect = pick(rand, pools.aspects[a % pools.aspects.length] ?? []);
    lines.push(`（${numberToCn(a + 1)}）${aspect.heading}`);
    const texts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => items.problem(a));
    if (style === 0) lines.push(texts.map((t, i) => `${numberToCn(i + 1)}是${t}`).join(""));
    else if (style === 1) lines.push(...texts.map((t) => `${++counter}、${t}`));
    else lines.push(...texts.map((t, i) => `${numberToCn(i + 1)}是${t}`));
  }
  heading("产生问题的原因分析");
  for (let i = 1; i <= 3 + Math.floor(rand() * 2); i++) lines.push(`（${numberToCn(i)}）${items.cause()}`);
  heading("努力方向和整改措施");
  for (let i = 1; i <= 3 + Math.floor(rand() * 3); i++) lines.push(`（${numberToCn(i)}）${items.measure()}`);
  if (rand() < 0.4 && pools.closings.length > 0) lines.push(pick(rand, pools.closings));
  return `${lines.join("\n")}\n`;
}

/** The forms people have their files in: most UTF-8, some GB18030, some UTF-16 with BOM and CRLF. */
function encodeAs(rand: () => number, text: string): { ext: string; bytes: Uint8Array } {
  const r = rand();
  if (r < 0.2) return { ext: "txt", bytes: iconv.encode(text, "gb18030") };
  if (r < 0.3) return { ext: "txt", bytes: iconv.encode(text.replace(/\n/g, "\r\n"), "utf-16le", { addBOM: true }) };
  return { ext: "txt", bytes: new TextEncoder().encode(text) };
}

/** Writes `count` generated reports into `dir` (emptied first). */
export async function generateCorpus(count: number, dir: string, seed = 7, style: CorpusStyle = "recombined"): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pools = await loadPools();
  const rand = random(seed);
  const items = style === "copied" ? copiedItems(rand, pools) : recombinedItems(rand, pools);
  for (let n = 0; n < count; n++) {
    const { ext, bytes } = encodeAs(rand, composeReport(rand, pools, items, n));
    // Sub-folders of 500 as an organisation would file them, so no folder grows unwieldy.
    const folder = join(dir, `batch-${String(Math.floor(n / 500)).padStart(3, "0")}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `report-${String(n).padStart(6, "0")}.${ext}`), bytes);
  }
}

if (import.meta.main) {
  const [count = "200", out = join(root, ".cache", "bench-corpus"), seed = "7", style = "recombined"] = process.argv.slice(2);
  await generateCorpus(Number(count), out, Number(seed), style === "copied" ? "copied" : "recombined");
  console.log(`[bench] ${count} 篇报告写入 ${out}`);
}
