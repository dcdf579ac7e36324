// npm run build: ingest the sources, build the site with Astro, index it with Pagefind and for 查重, into dist/.
// Flags: --strict (fail on any problem file), --only=<stage> (run one stage, as the benchmark does),
// --full (parse every source, render every page and index every search shard again, clearing the caches).
// Environment: CORPUS_SOURCES, SITE_BASE, CORPUS_STRICT=1, and SITE_OUT (output folder, relative to the
// project, default dist/), so the tests can build several sites side by side.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { linkFiles } from "../src/lib/link-tree.ts";

const root = join(import.meta.dirname, "..");
const outDir = resolve(root, process.env.SITE_OUT || "dist");
const strict = process.argv.includes("--strict") || process.env.CORPUS_STRICT === "1";
const full = process.argv.includes("--full");
/**
 * Astro's cache (content store, incremental build) for this output folder: a build restores pages from its own
 * last build only, so sites built side by side (the tests) neither evict nor feed each other.
 */
const outKey = `${basename(outDir)}-${createHash("sha256").update(outDir).digest("hex").slice(0, 8)}`;
const cacheDir = join(root, ".cache", "astro", outKey);
/** The 查重 index of this output folder, which dist/data/check/ links to (scripts/check/check-store.ts). */
const checkStore = join(root, ".cache", "check", outKey);

/** Astro's record of the pages it cached (internal, version 1): each keyed page's cacheKey and file, by route, under the code's, config's and lockfile's hashes. */
interface PageManifest {
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

async function readManifest(): Promise<PageManifest | null> {
  const raw = await readFile(join(cacheDir, "incremental-build.json"), "utf8").catch(() => null);
  return raw === null ? null : (JSON.parse(raw) as PageManifest);
}

/** Each keyed page with all that decides whether Astro restores it. */
function pageKeys(manifest: PageManifest | null): Map<string, string> {
  if (!manifest) return new Map();
  return new Map(
    Object.entries(manifest.routes).flatMap(([route, { dependencyHash, paths }]) =>
      Object.entries(paths).map(([path, { cacheKey }]) => [`${route} ${path}`, `${manifest.configHash} ${manifest.lockfileHash} ${dependencyHash} ${cacheKey}`]),
    ),
  );
}

/** The keyed pages' files, relative to the output folder (the manifest has them as URLs). */
function pageFiles(manifest: PageManifest | null): string[] {
  if (!manifest) return [];
  const base = pathToFileURL(`${outDir}/`);
  return Object.values(manifest.routes).flatMap(({ paths }) => Object.values(paths).map(({ outputFile }) => relative(outDir, fileURLToPath(new URL(outputFile, base)))));
}

/**
 * Moves a folder aside (with any a killed build left there), links back into a new one the files `keep` names that
 * the moved folder has, and starts removing the old ones in a process of its own: the site is built into a folder
 * holding nothing else, and the old one, gone at once, is removed while it is built (emptied file by file it took
 * 25 s for the 111,000 files of 20,000 reports). Resolves once moved, with the files linked back.
 */
async function moveAside(dir: string, keep: string[]): Promise<{ removed: Promise<void>; kept: string[] }> {
  const prefix = `${basename(dir)}.removing-`;
  const last = join(dirname(dir), `${prefix}${process.pid}`);
  await rename(dir, last).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  const kept = keep.filter((file) => existsSync(join(last, file)));
  await mkdir(dir, { recursive: true });
  await linkFiles(last, dir, kept);
  const aside = (await readdir(dirname(dir)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).map((name) => join(dirname(dir), name));
  if (aside.length === 0) return { removed: Promise.resolve(), kept };
  const child = spawn("rm", ["-rf", "--", ...aside], { stdio: "inherit" });
  const removed = once(child, "close").then(([code]) => {
    if (code !== 0) throw new Error(`无法删除上次构建留下的 ${aside.join("、")}：请手动删除后重试。`);
  });
  return { removed, kept };
}

/**
 * The build's stages in order, each with the stages it waits for (listed before it); the benchmark measures
 * each one on its own. Each imports its code when it runs: a stage's process loads none of the others' (Astro alone
 * is some 50 MB).
 */
export const stages: { name: string; label: string; needs: string[]; run: () => Promise<string> }[] = [
  {
    name: "ingest",
    label: "解析来源",
    needs: [],
    run: async () => {
      const [{ defaultIngestOptions, ingest }, { dropStamp }] = await Promise.all([import("./ingest.ts"), import("./corpus/ingest-stamp.ts")]);
      const cache = defaultIngestOptions().cache;
      if (full && cache) await rm(cache, { recursive: true, force: true });
      if (full) await dropStamp(defaultIngestOptions().out);
      const problems = await ingest();
      if (strict && problems > 0) throw new Error(`--strict：${problems} 个文件有问题，构建中止。详见上面的“问题”行。`);
      return `${problems} 个文件有问题`;
    },
  },
  {
    name: "site",
    label: "生成站点",
    needs: ["ingest"],
    run: async () => {
      if (full) await rm(cacheDir, { recursive: true, force: true });
      const manifest = await readManifest();
      const before = pageKeys(manifest);
      // The last build's keyed pages are linked into the new output folder, which Astro is told not to empty: a page
      // whose key and code are unchanged is then kept where it is, where Astro would copy it back from its cache
      // (1.9 GB for 40,000 pages at 20,000 reports). A page whose key changed is rendered again over its link.
      const { removed, kept } = await moveAside(outDir, pageFiles(manifest));
      const building = Date.now();
      const { build } = await import("astro");
      await build({ root, outDir, cacheDir, logLevel: "warn", vite: { build: { emptyOutDir: false } } });
      await removed;
      const next = await readManifest();
      // A page linked back that this build neither kept nor wrote (its report is gone) goes.
      const made = new Set(pageFiles(next));
      const stale = kept.filter((file) => !made.has(file) && statSync(join(outDir, file)).mtimeMs < building);
      for (const file of stale) {
        await rm(join(outDir, file));
        // Its folders too, as far up as they are left empty.
        for (let folder = dirname(file); folder !== "."; folder = dirname(folder)) if (!(await rmdir(join(outDir, folder)).then(() => true, () => false))) break;
      }
      // Astro restores a page whose code, key, config and lockfile match its last build: the same test here, for the log.
      const after = pageKeys(next);
      const restored = [...after].filter(([page, key]) => before.get(page) === key).length;
      return `${relative(root, outDir) || "."}/，${restored} 页沿用上次的结果，${after.size - restored} 页重新生成（另有总览、浏览等页每次生成）`;
    },
  },
  {
    name: "search",
    label: "建立检索索引",
    needs: ["site"],
    run: async () => {
      const { buildSearchIndex } = await import("./search/build-index.ts");
      const { records, shards, rebuilt } = await buildSearchIndex(outDir, { full });
      return `${records} 条，按年度分 ${shards} 个分片，${rebuilt === shards ? "全部重建" : `重建 ${rebuilt} 个，其余未变`}`;
    },
  },
  {
    // Reads ingest's output only, and is made in its store, as nothing may write into the new dist/ the site stage
    // makes (moveAside) until it is done; the next stage links it in. It waits for the site all the same, to be made
    // beside the search index: on two cores, made beside the site it took 30 s instead of 19 and the site 45 s
    // instead of 32 (20,000 reports, one changed).
    name: "check",
    label: "建立查重索引",
    needs: ["site"],
    run: async () => {
      if (full) await rm(checkStore, { recursive: true, force: true });
      const { storeCheckIndex } = await import("./check/write-check-index.ts");
      const { shards, chunks, reused } = await storeCheckIndex(join(root, "content"), checkStore);
      return `${shards} 个指纹分片、${chunks} 个条目分块${reused ? "，报告和代码都没变，沿用上次的索引" : ""}`;
    },
  },
  {
    name: "check-link",
    label: "放入查重索引",
    needs: ["site", "check"],
    run: async () => {
      const { linkCheckIndex } = await import("./check/check-store.ts");
      return `${await linkCheckIndex(checkStore, outDir)} 个文件链接到 ${relative(root, join(outDir, "data", "check"))}/`;
    },
  },
];

/**
 * V8's heap limit for a stage's process, in MB. Ingest and the index builders hold the corpus (or a shard of it)
 * and may need most of the machine. The site stage holds summaries only (src/lib/report-summaries.ts; its process
 * peaks at 1.6–1.7 GB at 20,000 reports): its limit follows the corpus with room to spare, so that V8 collects its
 * garbage rather than growing to gigabytes it does not need (7 GB allowed it 6.9 GB at 20,000 reports).
 */
async function heapLimit(stage: string): Promise<number> {
  if (stage !== "site") return 7168;
  const reports = (await readdir(join(root, "content", "reports")).catch(() => [] as string[])).filter((n) => n.endsWith(".md")).length;
  return Math.min(7168, Math.max(1536, Math.round(1024 + reports * 0.1)));
}

/**
 * V8's flags for a stage's process (and the processes it starts, which inherit them). The search stage streams
 * records, large strings that live for one batch: a young generation of 2 MB collects them before they are
 * promoted, 0.1 GB less in each of its processes at 2,000 reports (the stage's and its two indexing processes').
 */
async function stageFlags(stage: string): Promise<string[]> {
  return [`--max-old-space-size=${await heapLimit(stage)}`, ...(stage === "search" ? ["--max-semi-space-size=2"] : [])];
}

/** Runs a stage in a process of its own, with its own heap limit; rejects with its exit status if it fails. */
async function runStage(name: string): Promise<void> {
  const flags = [...process.execArgv.filter((f) => !/^--max-(old|semi)-space-size/.test(f)), ...(await stageFlags(name))];
  const args = [...flags, import.meta.filename, ...process.argv.slice(2).filter((a) => !a.startsWith("--only=")), `--stage=${name}`];
  const [status] = (await once(spawn(process.execPath, args, { stdio: "inherit" }), "exit")) as [number | null];
  if (status !== 0) throw Object.assign(new Error(`${name} 阶段失败`), { status: status ?? 1 });
}

if (import.meta.main) {
  const running = process.argv.find((a) => a.startsWith("--stage="))?.slice("--stage=".length);
  if (!running) {
    // Each stage in a process of its own, with its own heap limit: the memory one stage held (the parsed corpus,
    // Astro's store) is returned before the next begins, so the build's peak is its largest stage's (or the two
    // indexes' together), not the sum of all.
    const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
    const chosen = only ? stages.filter((s) => s.name === only) : stages;
    if (chosen.length === 0) {
      console.error(`[build] 没有名为“${only}”的阶段：可选 ${stages.map((s) => s.name).join("、")}`);
      process.exit(2);
    }
    // A stage starts once the stages it waits for are done: the search and 查重 indexes side by side after the site.
    const started = new Map<string, Promise<void>>();
    for (const { name, needs } of chosen) {
      const ready = Promise.all(needs.map((n) => started.get(n)));
      started.set(name, ready.then(() => runStage(name)));
    }
    const failed = (await Promise.allSettled(started.values())).find((r) => r.status === "rejected");
    process.exit(failed ? ((failed.reason as { status?: number }).status ?? 1) : 0);
  }
  for (const stage of stages.filter((s) => s.name === running)) {
    const started = performance.now();
    try {
      const summary = await stage.run();
      console.log(`[build] ${stage.label}：${summary}（${((performance.now() - started) / 1000).toFixed(1)} s）`);
    } catch (error) {
      console.error(`[build] ${stage.label}失败：${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
