// npm run bench [-- --full] [-- --sizes=5,200,2000c]: builds generated corpora of growing size with the real
// build, stage by stage, beside a bare Astro + Pagefind baseline of the same texts; then builds again after one
// report changed and after 100 were added (the build deciding what to redo); times searches and the 查重 in
// Chromium, and writes tests/bench/results/<date>.json, a Markdown table, and the table in tests/bench/README.md.
// --full adds 20,000 and 100,000 reports.
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { decode } from "../../src/parse/sources/decode.ts";
import { listSources } from "../sources/list-sources.ts";
import { stages } from "../build.ts";
import { serve } from "../../tests/serve.ts";
import { generateCorpus, type CorpusStyle } from "./generate-corpus.ts";
import { measure, type Cost } from "./measure.ts";
import { checkTiming, type CheckCost } from "./check-timing.ts";
import { searchTimings } from "./search-timing.ts";

const root = join(import.meta.dirname, "..", "..");
const work = join(root, ".cache", "bench");
const full = process.argv.includes("--full");
const sizesArg = process.argv.find((a) => a.startsWith("--sizes="))?.slice(8);
/** A corpus to build: its size, and how it is generated (a `c` after the size: the heavy-copying corpus). */
interface Size {
  n: number;
  style: CorpusStyle;
}
const sizes: Size[] = (sizesArg ? sizesArg.split(",").filter(Boolean) : ["5", "200", "2000", "2000c", ...(full ? ["20000", "100000"] : [])]).map((t) => ({
  n: Number.parseInt(t, 10),
  style: t.endsWith("c") ? "copied" : "recombined",
}));
/** Results of a corpus are kept and replaced by this key. */
const sizeKey = (s: { n?: number; reports?: number; style?: CorpusStyle }) => `${s.n ?? s.reports}${s.style === "copied" ? "c" : ""}`;
/** How a corpus is named in the tables. */
const sizeLabel = (s: { n?: number; reports?: number; style?: CorpusStyle }) => `${s.n ?? s.reports}${s.style === "copied" ? "（抄袭多）" : ""}`;
/** Largest corpus the bare baseline is built for. */
const baselineUpTo = 2000;
const queries = ["好人主义", "学习教育", "集中制", "形式主义", "调查研究", "担当作为", "学用脱节", "急难愁盼"];

/** Bytes and file count of a folder, with the gzip size of its files as a server would send them, and its largest file. */
async function folderSize(dir: string): Promise<{ bytes: number; gzip: number; files: number; largest: { path: string; bytes: number } }> {
  let bytes = 0;
  let gzip = 0;
  let files = 0;
  let largest = { path: "", bytes: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const data = await readFile(join(entry.parentPath, entry.name));
    bytes += data.length;
    gzip += gzipSync(data).length;
    files++;
    if (data.length > largest.bytes) largest = { path: relative(dir, join(entry.parentPath, entry.name)), bytes: data.length };
  }
  return { bytes, gzip, files, largest };
}

/** A copy of the project that builds from `sources` without touching the working tree's content/ and dist/. */
async function workspace(name: string): Promise<string> {
  const dir = join(work, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "content"), { recursive: true });
  for (const p of ["src", "scripts", "public", "tests/serve.ts", "content/themes", "content/prescribed", "content/glossary.yaml", "astro.config.mjs", "tsconfig.json", "package.json", "package-lock.json"]) {
    await cp(join(root, p), join(dir, p), { recursive: true });
  }
  await symlink(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** The same texts as plain Markdown pages of a minimal Astro site, indexed by Pagefind's defaults. */
async function baseline(n: string, corpus: string): Promise<{ site: Cost; search: Cost; dist: Awaited<ReturnType<typeof folderSize>>; pagefind: Awaited<ReturnType<typeof folderSize>> }> {
  const dir = join(work, `baseline-${n}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "src", "pages", "r"), { recursive: true });
  await mkdir(join(dir, "src", "layouts"), { recursive: true });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"));
  await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  await writeFile(join(dir, "astro.config.mjs"), 'import { defineConfig } from "astro/config";\nexport default defineConfig({});\n');
  await writeFile(join(dir, "src", "layouts", "Page.astro"), '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{Astro.props.frontmatter.title}</title></head><body><main data-pagefind-body><slot /></main></body></html>\n');
  for (const [i, source] of (await listSources(corpus)).entries()) {
    const { text } = decode(await readFile(join(corpus, source)));
    const body = text.split(/\r?\n/).filter((l) => l.trim()).map((l) => l.trim().replace(/[\\`*_{}[\]<>#+\-!|]/g, "\\$&")).join("\n\n");
    await writeFile(join(dir, "src", "pages", "r", `${i}.md`), `---\nlayout: ../../layouts/Page.astro\ntitle: "报告 ${i}"\n---\n\n${body}\n`);
  }
  const site = await measure("node node_modules/astro/bin/astro.mjs build --silent", { cwd: dir });
  const search = await measure(`node ${join(root, "scripts", "bench", "baseline-index.ts")} dist`, { cwd: dir });
  return { site, search, dist: await folderSize(join(dir, "dist")), pagefind: await folderSize(join(dir, "dist", "pagefind")) };
}

/** A build that decides by itself what to redo, with each stage's own line (what it redid, how long it took). */
async function rebuild(dir: string, sources: string): Promise<Cost & { log: string[] }> {
  const log: string[] = [];
  const cost = await measure("npm run --silent build", {
    cwd: dir,
    env: { CORPUS_SOURCES: sources },
    log: (line) => {
      console.log(`  ${line}`);
      if (line.startsWith("[build] ")) log.push(line.slice("[build] ".length));
    },
  });
  return { ...cost, log };
}

const fmt = {
  s: (x: number) => `${x.toFixed(1)} s`,
  mb: (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`,
  kb: (x: number) => `${(x / 1024).toFixed(0)} kB`,
};

async function main(): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const corpora = [];
  const searched: { n: number; style: CorpusStyle; timings: Awaited<ReturnType<typeof searchTimings>> }[] = [];
  const checked: { n: number; style: CorpusStyle; cost: CheckCost }[] = [];
  for (const size of sizes) {
    const { n, style } = size;
    const key = sizeKey(size);
    const corpus = n === 5 ? join(root, "content", "sources") : join(work, `corpus-${key}`);
    if (n !== 5) await generateCorpus(n, corpus, 7, style);
    console.log(`[bench] ${sizeLabel(size)} 篇：构建…`);
    const dir = await workspace(`site-${key}`);
    const env = { CORPUS_SOURCES: corpus };
    const measured: Record<string, Cost> = {};
    for (const stage of stages) {
      measured[stage.name] = await measure(`npm run --silent build -- --only=${stage.name}`, { cwd: dir, env, log: (l) => console.log(`  ${l}`) });
    }
    // Change one report, then add 100, and build again each time: the build should redo only what they touch.
    const first = (await listSources(corpus))[0] as string;
    const changedDir = join(work, `corpus-${key}-changed`);
    await rm(changedDir, { recursive: true, force: true });
    await cp(corpus, changedDir, { recursive: true });
    const { text } = decode(await readFile(join(changedDir, first)));
    await writeFile(join(changedDir, first), `${text}\n以上是我的对照检查，请批评指正。\n`);
    const afterOneChange = await rebuild(dir, changedDir);
    await generateCorpus(100, join(changedDir, "added"), 8, style);
    const afterHundredAdded = await rebuild(dir, changedDir);
    const dist = await folderSize(join(dir, "dist"));
    const pagefind = await folderSize(join(dir, "dist", "pagefind"));
    const checkIndex = await folderSize(join(dir, "dist", "data", "check"));
    // The bare baseline indexes with Pagefind's defaults in one piece: at 20,000 reports it would need more memory than the machine has.
    const base = n <= baselineUpTo ? await baseline(key, corpus) : null;
    const total = Object.values(measured).reduce((a, c) => ({ wall: a.wall + c.wall, cpu: a.cpu + c.cpu, peak: Math.max(a.peak, c.peak) }), { wall: 0, cpu: 0, peak: 0 });
    const baseWall = base ? base.site.wall + base.search.wall : 0;
    const ratio = base ? { time: total.wall / baseWall, index: pagefind.bytes / base.pagefind.bytes } : null;
    corpora.push({ reports: n, style, stages: measured, total, afterOneChange, afterHundredAdded, dist, pagefind, checkIndex, baseline: base, ratio });
    const sent = new Map<string, number>();
    const counter = {
      pagefindBytes: 0,
      bytes: (prefix: string) => [...sent].reduce((sum, [path, b]) => sum + (path.startsWith(prefix) ? b : 0), 0),
    };
    const server = serve(join(dir, "dist"), "/", 4391, (path, bytes) => {
      if (path.startsWith("/pagefind/")) counter.pagefindBytes += bytes;
      sent.set(path, (sent.get(path) ?? 0) + bytes);
    });
    try {
      searched.push({ n, style, timings: await searchTimings("http://127.0.0.1:4391/", queries, counter) });
      checked.push({ n, style, cost: await checkTiming("http://127.0.0.1:4391/", join(dir, "dist"), counter) });
    } finally {
      server.close();
    }
    console.log(`[bench] ${sizeLabel(size)} 篇：${fmt.s(total.wall)}，峰值 ${fmt.mb(total.peak)}${base ? `，基线 ${fmt.s(baseWall)}` : ""}`);
  }
  const outDir = join(root, "tests", "bench", "results");
  await mkdir(outDir, { recursive: true });
  // A run of some sizes updates those rows of the day's results and keeps the others (`--sizes=` renders only).
  const earlier = JSON.parse(await readFile(join(outDir, `${date}.json`), "utf8").catch(() => "{}")) as { corpora?: typeof corpora; search?: typeof searched; check?: typeof checked };
  const result = {
    date,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", memory: totalmem(), node: process.version },
    queries,
    corpora: [...(earlier.corpora ?? []).filter((c) => !sizes.some((s) => sizeKey(s) === sizeKey(c))), ...corpora].sort(bySize),
    search: [...(earlier.search ?? []).filter((c) => !sizes.some((s) => sizeKey(s) === sizeKey(c))), ...searched].sort(bySize),
    check: [...(earlier.check ?? []).filter((c) => !sizes.some((s) => sizeKey(s) === sizeKey(c))), ...checked].sort(bySize),
  };
  await writeFile(join(outDir, `${date}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const table = markdown(result);
  await writeFile(join(outDir, `${date}.md`), table);
  const readme = await readFile(join(root, "tests", "bench", "README.md"), "utf8");
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (marked.test(readme)) await writeFile(join(root, "tests", "bench", "README.md"), readme.replace(marked, `<!-- bench:start -->\n${table}<!-- bench:end -->`));
  console.log(`\n${table}`);
  console.log(`[bench] 结果：${relative(root, join(outDir, `${date}.json`))}`);
}

/** The results a goal is judged on: all corpora, and the searches and checks timed on each. */
interface Results {
  corpora: any[];
  search: { n: number; style?: CorpusStyle; timings: Awaited<ReturnType<typeof searchTimings>> }[];
  check: { n: number; style?: CorpusStyle; cost: CheckCost }[];
}

/** One goal of the performance issue, measured on one corpus: what was asked, what was measured, whether it is met. */
interface Goal {
  goal: string;
  target: string;
  measured: (c: any, r: Results) => { value: string; met: boolean } | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const GiB = 2 ** 30;
/** The search and the check timed on a corpus. */
const timedOn = (c: any, r: Results) => ({ search: r.search.find((s) => sizeKey(s) === sizeKey(c))?.timings, check: r.check.find((s) => sizeKey(s) === sizeKey(c))?.cost });
/** A build's time against the next smaller size's, of the same generator: 20,000 against 2,000, 100,000 against 20,000. */
const smaller = (c: any, r: Results) => r.corpora.find((x) => x.style === c.style && x.reports === ({ 20000: 2000, 100000: 20000 } as Record<number, number>)[c.reports]);
/** The goals of the province-archive issue (23), as it states them for 2,000, 20,000 and 100,000 reports. */
const goals: Goal[] = [
  {
    goal: "全量构建 / 裸 Astro + Pagefind（同一次运行）",
    target: "≤ 1.5×",
    measured: (c) => (c.ratio ? { value: `${c.ratio.time.toFixed(2)}×`, met: c.ratio.time <= 1.5 } : null),
  },
  {
    goal: "全量构建时间之比",
    target: "20000 / 2000 ≤ 10×；100000 / 20000 ≤ 5.5×",
    measured: (c, r) => {
      const s = smaller(c, r);
      if (!s) return null;
      const ratio = c.total.wall / s.total.wall;
      return { value: `${fmt.s(c.total.wall)}（${ratio.toFixed(1)}×）`, met: ratio <= (c.reports >= 100000 ? 5.5 : 10) };
    },
  },
  {
    goal: "峰值内存（最高的阶段）",
    target: "2000 ≤ 2 GiB；20000 ≤ 4 GiB；100000 ≤ 8 GiB",
    measured: (c) => {
      const [stage] = Object.entries(c.stages as Record<string, Cost>).sort((a, b) => b[1].peak - a[1].peak)[0] ?? [""];
      const limit = c.reports >= 100000 ? 8 : c.reports >= 20000 ? 4 : 2;
      return { value: `${fmt.mb(c.total.peak)}（${stage}）`, met: c.total.peak <= limit * GiB };
    },
  },
  {
    goal: "dist 大小、文件数",
    target: "20000：≤ 1.5 GB、≤ 100,000 个",
    measured: (c) => (c.reports >= 20000 ? { value: `${fmt.mb(c.dist.bytes)}、${c.dist.files}`, met: c.dist.bytes <= 1.5 * GiB && c.dist.files <= 100_000 } : { value: `${fmt.mb(c.dist.bytes)}、${c.dist.files}`, met: true }),
  },
  {
    goal: "改一篇后到 dist 完整",
    target: "≤ 60 s",
    measured: (c) => (c.afterOneChange ? { value: fmt.s(c.afterOneChange.wall), met: c.afterOneChange.wall <= 60 } : null),
  },
  {
    goal: "加 100 篇后到 dist 完整",
    target: "≤ 120 s",
    measured: (c) => (c.afterHundredAdded ? { value: fmt.s(c.afterHundredAdded.wall), met: c.afterHundredAdded.wall <= 120 } : null),
  },
  {
    goal: "冷检索：字节、出结果",
    target: "≤ 500 kB、≤ 1 s",
    measured: (c, r) => {
      const s = timedOn(c, r).search;
      if (!s) return null;
      const [bytes, ms] = [mean(s.cold.map((x) => x.bytes)), mean(s.cold.map((x) => x.ms))];
      return { value: `${fmt.kb(bytes)}、${ms.toFixed(0)} ms`, met: bytes <= 500 * 1024 && ms <= 1000 };
    },
  },
  {
    goal: "热检索：出结果",
    target: "≤ 300 ms",
    measured: (c, r) => {
      const s = timedOn(c, r).search;
      if (!s) return null;
      const ms = mean(s.warm.map((x) => x.ms));
      return { value: `${ms.toFixed(0)} ms（${fmt.kb(mean(s.warm.map((x) => x.bytes)))}）`, met: ms <= 300 };
    },
  },
  {
    goal: "查重一篇 6,000 字草稿，冷",
    target: "≤ 2 s",
    measured: (c, r) => {
      const k = timedOn(c, r).check;
      return k ? { value: `${(k.coldMs / 1000).toFixed(1)} s`, met: k.coldMs <= 2000 } : null;
    },
  },
];

/** The goals against the corpora of 2,000 reports and more: met (✓) or the measured gap (✗). */
function goalTable(r: Results): string[] {
  const corpora = r.corpora.filter((c) => c.reports >= 2000);
  if (corpora.length === 0) return [];
  return [
    "目标（2000、20000、100000 篇）：",
    "",
    `| 目标 | 要求 | ${corpora.map((c) => sizeLabel(c)).join(" | ")} |`,
    `|---|---|${corpora.map(() => "---").join("|")}|`,
    ...goals.map((g) => {
      const cells = corpora.map((c) => {
        const m = g.measured(c, r);
        return m ? `${m.met ? "✓" : "✗"} ${m.value}` : "—";
      });
      return `| ${g.goal} | ${g.target} | ${cells.join(" | ")} |`;
    }),
  ];
}

/** Smaller corpora first, each size's own generator before the heavy-copying one. */
function bySize(a: { n?: number; reports?: number; style?: CorpusStyle }, b: typeof a): number {
  return (a.n ?? a.reports ?? 0) - (b.n ?? b.reports ?? 0) || Number(a.style === "copied") - Number(b.style === "copied");
}

function markdown(r: Results & { date: string; machine: { cpus: number; memory: number; node: string } }): string {
  const rows = r.corpora.map((c) => {
    const st = Object.entries(c.stages as Record<string, Cost>).map(([k, v]) => `${k} ${v.wall.toFixed(1)} s · ${fmt.mb(v.peak)}`).join(" / ");
    const again = (x: Cost | undefined) => (x ? `${fmt.s(x.wall)} · ${fmt.mb(x.peak)}` : "—");
    const base = c.baseline ? `${fmt.s(c.baseline.site.wall + c.baseline.search.wall)}, ${fmt.mb(Math.max(c.baseline.site.peak, c.baseline.search.peak))}, ${fmt.kb(c.baseline.pagefind.bytes)}` : "未测（内存不足以一次建索引）";
    return `| ${sizeLabel(c)} | ${st} | ${fmt.s(c.total.wall)} (CPU ${fmt.s(c.total.cpu)}) | ${fmt.mb(c.total.peak)} | ${again(c.afterOneChange)} | ${again(c.afterHundredAdded)} | ${fmt.kb(c.dist.bytes)} / ${c.dist.files} | ${fmt.kb(c.pagefind.bytes)} | ${base} | ${c.ratio?.time.toFixed(2) ?? "—"} | ${c.ratio?.index.toFixed(2) ?? "—"} |`;
  });
  const lines = [
    `基准测试 ${r.date}（${r.machine.cpus} 核，${fmt.mb(r.machine.memory)}，Node ${r.machine.node}）`,
    "",
    "| 报告数 | 各阶段（时间 · 峰值内存） | 合计 | 峰值内存 | 改一篇后构建 | 再加 100 篇后构建 | dist / 文件数 | 检索索引 | 基线（时间、峰值、索引） | 时间比 | 索引比 |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ...rows,
  ];
  const rebuilt = r.corpora.filter((c) => c.afterOneChange?.log);
  if (rebuilt.length > 0) {
    lines.push("", "增量构建各阶段（构建自己的记录：重做了什么、用时）：", "");
    for (const c of rebuilt) {
      lines.push(`- ${sizeLabel(c)} 篇，改一篇：${c.afterOneChange.log.join("；")}`);
      if (c.afterHundredAdded?.log) lines.push(`- ${sizeLabel(c)} 篇，再加 100 篇：${c.afterHundredAdded.log.join("；")}`);
    }
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  for (const s of r.search) {
    const { cold, warm } = s.timings;
    lines.push(
      "",
      `检索（${sizeLabel(s)} 篇，Chromium，本机回环，/pagefind/ 下实际发送的字节，文本文件按 gzip）：冷启动平均 ${fmt.kb(avg(cold.map((c) => c.bytes)))}、${avg(cold.map((c) => c.ms)).toFixed(0)} ms 出结果；热检索平均 ${fmt.kb(avg(warm.map((c) => c.bytes)))}、${avg(warm.map((c) => c.ms)).toFixed(0)} ms。`,
      "",
      "| 查询 | 冷：字节 | 冷：毫秒 | 热：字节 | 热：毫秒 |",
      "|---|---:|---:|---:|---:|",
      ...cold.map((c, i) => `| ${c.query} | ${fmt.kb(c.bytes)} | ${c.ms} | ${fmt.kb(warm[i]?.bytes ?? 0)} | ${warm[i]?.ms ?? 0} |`),
    );
  }
  lines.push("", ...goalTable(r));
  const checkRows = r.check.map((s) => {
    const { cost } = s;
    const c = r.corpora.find((x) => sizeKey(x) === sizeKey(s));
    const index = c?.checkIndex ? `${fmt.kb(c.checkIndex.bytes)} / ${c.checkIndex.files}（dist 的 ${((c.checkIndex.bytes / c.dist.bytes) * 100).toFixed(1)}%）` : "—";
    const stage = c?.stages.check ? `${fmt.s(c.stages.check.wall)}（合计的 ${((c.stages.check.wall / c.total.wall) * 100).toFixed(1)}%）` : "—";
    // Results of earlier runs, from before the batch was timed, have no batch figure.
    const batch = cost.batchMs === undefined ? "—" : `${cost.batchDrafts} 份 ${fmt.s(cost.batchMs / 1000)}`;
    return `| ${sizeLabel(s)} | ${cost.chars} | ${cost.coldMs} | ${cost.warmMs} | ${fmt.kb(cost.indexBytes)} | ${fmt.kb(cost.pageBytes)} | ${batch} | ${index} | ${stage} |`;
  });
  if (checkRows.length > 0) {
    lines.push(
      "",
      "查重（Chromium，一篇约 6,000 字、每条改动一成的草稿；冷：新的浏览器上下文；索引字节为 /data/ 下实际发送的字节（查重索引和被比对报告的数据文件），文本按 gzip；页面字节为打开查重页的全部字节；一批：新的浏览器上下文中一次打开 30 份这样的草稿，到本批的表格出现，每份都与语料和其他各份比对）：",
      "",
      "| 报告数 | 草稿字数 | 冷：毫秒 | 热：毫秒 | 冷：索引字节 | 页面字节 | 一批草稿 | 查重索引 / 文件数 | 建索引阶段 |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...checkRows,
    );
  }
  return `${lines.join("\n")}\n`;
}

await main();
