// npm run test:incremental: an incremental build gives the same dist/ as a full build of the same sources, byte for byte.
// Builds a small corpus in full, then after each change below builds it again into the same folder (restoring the
// pages whose cacheKey is unchanged), builds the same sources in full into another folder, and compares every file
// of the two (pages, data files, the search and check indexes).
// Like tests/build-sites.ts it rewrites content/reports/: the next `npm run build` restores the shipped corpus there.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generateCorpus } from "../scripts/bench/generate-corpus.ts";

const project = join(import.meta.dirname, "..");
const work = join(project, "tests", ".tmp", "incremental");
const sources = join(work, "sources");
const stepwise = join(work, "stepwise");
const full = join(work, "full");

/** Builds the sources into a folder and returns the site stage's log line (how many pages were restored). */
function build(out: string, ...flags: string[]): string {
  const env = { ...process.env, CORPUS_SOURCES: sources, SITE_OUT: relative(project, out), SITE_BASE: "/" };
  let log: string;
  try {
    log = execFileSync(process.execPath, [join(project, "scripts", "build.ts"), ...flags], { cwd: project, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  } catch (error) {
    process.stdout.write((error as { stdout?: string }).stdout ?? "");
    throw new Error(`[incremental] 构建 ${relative(project, out)}/ 失败`);
  }
  const line = log.split("\n").find((l) => l.startsWith("[build] 生成站点")) ?? "";
  console.log(`[incremental] ${relative(project, out)}/ ${flags.join(" ")}：${line.replace("[build] 生成站点：", "")}`);
  return line;
}

/** Every file under a folder, by its path inside it, and every folder (as `<path>/`, holding nothing): a folder left empty differs too. */
function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Map(
    entries.flatMap((e) => {
      const path = relative(dir, join(e.parentPath, e.name));
      if (e.isDirectory()) return [[`${path}/`, Buffer.alloc(0)] as const];
      return e.isFile() ? [[path, readFileSync(join(e.parentPath, e.name))] as const] : [];
    }),
  );
}

rmSync(work, { recursive: true, force: true });
// The shipped reports among reports recombined from them: enough reports that a change stays local, as in a real corpus.
await generateCorpus(100, sources, 7, "recombined");
cpSync(join(project, "content", "sources"), sources, { recursive: true });
const batch = join(sources, "batch-000");
const generated = (n: number) => readdirSync(batch).find((f) => f.startsWith(`report-${String(n).padStart(6, "0")}.`)) ?? "";

const steps: { name: string; change: () => Promise<void> }[] = [
  {
    // Each reaches other pages through look-alikes, theme lists, corpus counts and the corpus-wide 审读 wording.
    name: "改动一篇、增加一篇、删去一篇",
    change: async () => {
      const changed = join(sources, "001_53bd226f14dc173a.txt");
      const text = readFileSync(changed, "utf8");
      if (!text.includes("学习效果不好")) throw new Error("[incremental] 要改动的一句不在 001 中");
      // A phrase that also moves the passage's themes.
      writeFileSync(changed, text.replace("学习效果不好", "学习效果不好，调查研究不深入，很少到基层走访"));
      rmSync(join(batch, generated(10)));
      const extra = join(work, "extra");
      await generateCorpus(1, extra, 23, "recombined");
      const [added = ""] = readdirSync(join(extra, "batch-000"));
      cpSync(join(extra, "batch-000", added), join(sources, `005_${added}`));
    },
  },
  {
    // Only this report's file changes, so nearly every page is restored: those naming it elsewhere (its look-alikes'
    // comparison pages show its title, made from the unit; browse and theme pages group by unit) must not be.
    name: "一篇的旁注文件改了单位",
    change: async () => writeFileSync(join(batch, `${generated(3)}.meta.yaml`), "unit: 测试单位\n"),
  },
];

build(stepwise, "--full");
for (const step of steps) {
  await step.change();
  console.log(`[incremental] ${step.name}`);
  const line = build(stepwise);
  const [restored = 0, rendered = 0] = (/(\d+) 页沿用上次的结果，(\d+) 页重新生成/.exec(line) ?? []).slice(1).map(Number);
  // Both must happen, or the comparison proves nothing about restoring pages.
  if (restored === 0 || rendered === 0) throw new Error(`[incremental] 增量构建应当既沿用又重新生成页面：${line}`);
  build(full, "--full");
  const a = files(stepwise);
  const b = files(full);
  const same = (f: string) => {
    const x = a.get(f);
    const y = b.get(f);
    return x !== undefined && y !== undefined && x.equals(y);
  };
  const differ = [...new Set([...a.keys(), ...b.keys()])].sort().filter((f) => !same(f));
  if (differ.length > 0) {
    console.error(`[incremental] 增量构建与完整构建有 ${differ.length} 个文件不同：`);
    for (const f of differ.slice(0, 30)) console.error(`  ${f}${!a.has(f) ? "（只在完整构建中）" : !b.has(f) ? "（只在增量构建中）" : ""}`);
    process.exit(1);
  }
  console.log(`[incremental] ${[...a.keys()].filter((f) => !f.endsWith("/")).length} 个文件逐字节相同，文件夹也一样`);
}
