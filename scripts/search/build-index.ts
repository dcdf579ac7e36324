import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { once } from "node:events";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pMap from "p-map";
import { reportFilters, type Counts } from "../../src/search/filters.ts";
import type { ShardList } from "../../src/search/shard-list.ts";
import { recordMeta } from "../../src/search/report-record.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { corpusReports } from "../corpus/corpus-json.ts";
import { hashModules } from "../corpus/module-graph.ts";
import { linkTree } from "../../src/lib/link-tree.ts";
import { readRecord } from "../../src/lib/read-record.ts";
import type { IndexJob } from "./index-worker.ts";
import { spoolRecords, type Member, type Shard } from "./shard-records.ts";
import { writeIndex } from "./write-index.ts";

/**
 * Most reports in one index shard. Pagefind holds a whole shard in memory while it builds, about 2 MB a report
 * (measured at 2,000: 3.2 GB for one shard of 2,000, 1.3 GB for shards of up to 700, 0.62 GB for up to 300), so
 * memory stays bounded as the corpus grows. More shards cost a search nothing until it needs them: the search
 * page merges older shards only as the reader pages on.
 */
export const shardRecords = Number(process.env.SEARCH_SHARD_RECORDS) || 300;

/**
 * Shards indexed at once, each by a Pagefind process of its own that uses one core: the index takes half the time
 * on two cores, and memory is this many shards'.
 */
const searchJobs = Number(process.env.SEARCH_JOBS) || Math.min(2, availableParallelism());

const root = join(import.meta.dirname, "..", "..");

/**
 * Where the shards are kept between builds, with their digests, one folder per output folder: Astro empties
 * dist/ at the start of every build, so the index is built here and copied into dist/pagefind/.
 */
const defaultDigests = join(root, ".cache", "search");

/**
 * What a shard depends on besides its reports as corpus.json gives them: the code that makes and writes the records
 * (this file and every module it imports) and Pagefind's version.
 */
async function indexVersion(): Promise<string> {
  const hash = await hashModules(createHash("sha256"), import.meta.filename, root);
  hash.update(JSON.parse(await readFile(join(root, "node_modules", "pagefind", "package.json"), "utf8")).version as string);
  return hash.digest("hex");
}

/**
 * Groups years into shards of at most `cap` reports, from the oldest year on, so that reports added to the
 * current year change only the newest shard (and past years' shards stay as they were): consecutive years share
 * a shard while they fit. A year of more than `cap` reports is cut where its reports' addresses say
 * ({@link yearCuts}), so that reports added or removed anywhere in it change only the shards they fall in. Reports
 * of no known year (`null`) have shards of their own. `years` gives each year's reports' addresses in corpus order.
 * Shards come in the order the search lists them: the newest years first, each year's in corpus order, no known
 * year last.
 */
export function groupShards(years: Map<string, string[]>, cap: number): Shard[] {
  const known = [...years.keys()].filter((y) => y !== "null").sort((a, b) => Number(a) - Number(b));
  // Each shard with what orders it: its newest year (newest first), then its part of that year (in corpus order).
  const listed: { shard: Shard; newest: number; part: number }[] = [];
  const cut = (year: string, label: string, newest: number) => {
    for (const [part, { from, to, anchor }] of yearCuts(years.get(year) ?? [], cap).entries()) {
      listed.push({ shard: { key: `${label}.${anchor}`, members: [{ year, from, to }] }, newest, part });
    }
  };
  let open: Member[] = [];
  let size = 0;
  const close = () => {
    const [first, last] = [open[0]?.year, open[open.length - 1]?.year];
    if (first && last) listed.push({ shard: { key: first === last ? first : `${first}-${last}`, members: [...open].reverse() }, newest: Number(last), part: 0 });
    open = [];
    size = 0;
  };
  for (const year of known) {
    const n = years.get(year)?.length ?? 0;
    if (n > cap) {
      close();
      cut(year, year, Number(year));
    } else {
      if (size + n > cap) close();
      open.push({ year, from: 0, to: n });
      size += n;
    }
  }
  close();
  const unknown = years.get("null")?.length ?? 0;
  if (unknown > cap) cut("null", "unknown", -Infinity);
  else if (unknown > 0) listed.push({ shard: { key: "unknown", members: [{ year: "null", from: 0, to: unknown }] }, newest: -Infinity, part: 0 });
  return listed.sort((a, b) => b.newest - a.newest || a.part - b.part).map((l) => l.shard);
}

/**
 * Cuts one year's reports (their addresses, in corpus order) into runs of at most `cap`, content-defined as
 * rsync and backup tools cut files: a run ends after a report whose address hashes to a multiple of `cap / 6`, once
 * the run holds half of `cap` (or at `cap`, which happens to about one run in twenty). Where a run ends depends on
 * its own reports, not on how many came before it, so a report added, changed or removed changes its own run (and
 * rarely the next), where runs of `cap` counted from the year's start all shift. Each run is named by its first
 * report's address, which stays its first unless a report is put in right before it.
 */
export function yearCuts(addresses: string[], cap: number): { from: number; to: number; anchor: string }[] {
  const [least, every] = [Math.ceil(cap / 2), Math.max(1, Math.round(cap / 6))];
  const hashes = addresses.map((a) => createHash("sha256").update(a).digest("hex"));
  const runs: { from: number; to: number; anchor: string }[] = [];
  for (let from = 0, i = 0; i < hashes.length; i++) {
    const size = i - from + 1;
    if (i === hashes.length - 1 || size === cap || (size >= least && Number.parseInt((hashes[i] as string).slice(8, 16), 16) % every === 0)) {
      runs.push({ from, to: i + 1, anchor: (hashes[from] as string).slice(0, 8) });
      from = i + 1;
    }
  }
  return runs;
}

/** Options of {@link buildSearchIndex}. */
export interface IndexOptions {
  /** Index every shard again, whatever the digests say. */
  full?: boolean;
  /** The folder the shards and their digests are kept in between builds. */
  digests?: string;
  /**
   * Index only these shards (keys from {@link planShards}), as one of several jobs on separate machines: no other
   * shard is touched or removed, and neither `shards.json` nor the digests are written (see mergeSearchShards).
   */
  only?: string[];
}

/**
 * Writes dist/pagefind/: one record per report, its text indexed as character pairs under a non-segmenting
 * language, so that any substring is found as a phrase (see src/search/bigrams.ts). Reports are sharded by year
 * (groupShards), a key that stays put as the archive grows: new reports land in the current year, whose shard is
 * the primary index; the others go to dist/pagefind/shard-<years>/, listed in dist/pagefind/shards.json for the
 * search page to merge. A shard whose records and code did not change since the last build into the same folder
 * is kept as it is. Reports are read from corpus.json once into one file per year, then indexed a shard per
 * process, `searchJobs` at a time, so memory is bounded by the shards being indexed.
 */
export async function buildSearchIndex(dist: string, { full = false, digests: digestDir = defaultDigests, only }: IndexOptions = {}): Promise<{ records: number; shards: number; rebuilt: number }> {
  const kept = join(digestDir, createHash("sha256").update(resolve(dist)).digest("hex").slice(0, 16));
  // A job of several (`only`) builds into dist/ itself, on a machine of its own.
  const out = only ? join(dist, "pagefind") : join(kept, "pagefind");
  const digestFile = join(kept, "digests.json");
  const spool = await mkdtemp(join(tmpdir(), "search-shards-"));
  try {
    const { addresses, totals, reportDigests, yearOf } = await readCounts(dist);
    const shards = groupShards(addresses, shardRecords);
    const unknown = (only ?? []).filter((k) => !shards.some((s) => s.key === k));
    if (unknown.length > 0) throw new Error(`没有这样的检索分片：${unknown.join("、")}（可选：${shards.map((s) => s.key).join("、")}）`);
    const chosen = only ? shards.filter((s) => only.includes(s.key)) : shards;
    // A shard's digest is of what its records are made of, not of the records (their character pairs): deciding
    // which shards changed makes no record, and a shard that did not change is neither spooled nor indexed.
    const version = await indexVersion();
    const digests: Record<string, string> = {};
    for (const [i, shard] of shards.entries()) {
      if (!chosen.includes(shard)) continue;
      const hash = createHash("sha256").update(version).update(i === 0 ? "primary" : "merged");
      for (const { year, from, to } of shard.members) for (const d of reportDigests.get(year)?.slice(from, to) ?? []) hash.update(d);
      digests[shard.key] = hash.digest("hex");
    }
    const before = full || only ? {} : (((await readRecord(digestFile)) ?? {}) as Record<string, string>);
    const path = (i: number, shard: Shard) => (i === 0 ? out : join(out, `shard-${shard.key}`));
    const stale = shards.filter((shard, i) => chosen.includes(shard) && (before[shard.key] !== digests[shard.key] || !existsSync(join(path(i, shard), "pagefind-entry.json"))));
    const primary = shards[0]?.key ?? "";
    // A primary that changes takes the place of the old one: its files are the folder's own, beside the shards' folders.
    if (chosen.some((s) => s.key === primary) && (before[primary] !== digests[primary] || !existsSync(join(out, "pagefind.js")))) {
      for (const name of await readdir(out).catch(() => [] as string[])) if (!name.startsWith("shard-")) await rm(join(out, name), { recursive: true, force: true });
    }
    await spoolRecords(dist, spool, stale.flatMap((s) => s.members), yearOf);
    // Each shard in a process of its own, as many at once as `searchJobs`: Pagefind indexes on one core.
    await pMap(
      stale,
      async (shard) => {
        const i = shards.indexOf(shard);
        if (i > 0) await rm(path(i, shard), { recursive: true, force: true });
        await indexInProcess({ spool, shard, outputPath: path(i, shard), merged: i > 0 });
      },
      { concurrency: searchJobs },
    );
    const rebuilt = stale.length;
    if (shards.length === 0) await writeIndex([], out, false);
    if (!only) {
      await writeShardList(out, shards, totals);
      await mkdir(kept, { recursive: true });
      await writeFile(digestFile, `${JSON.stringify(digests)}\n`);
      await rm(join(dist, "pagefind"), { recursive: true, force: true });
      await linkTree(out, join(dist, "pagefind"));
    }
    return { records: yearOf.length, shards: Math.max(chosen.length, 1), rebuilt };
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

/** Indexes one shard in a process of its own (scripts/search/index-worker.ts); rejects naming the shard if it fails. */
async function indexInProcess(job: IndexJob): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL("./index-worker.ts", import.meta.url)), JSON.stringify(job)], { stdio: ["ignore", "inherit", "inherit"] });
  const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
  if (code !== 0) throw new Error(`检索分片 ${job.shard.key} 没有建成（建索引的进程${signal ? `被信号 ${signal} 终止` : `退出，代码 ${code}`}），原因见上面的输出`);
}

/** The keys of the shards a site's corpus.json makes, in the order the search lists them (the first is the primary). */
export async function planShards(dist: string): Promise<string[]> {
  return groupShards((await readCounts(dist)).addresses, shardRecords).map((s) => s.key);
}

/**
 * The last step of an index built by several jobs (`only`): with every job's dist/pagefind/ copied into one,
 * removes the folders of shards the corpus no longer makes and writes shards.json; throws naming the shards
 * that no job built.
 */
export async function mergeSearchShards(dist: string): Promise<{ shards: number }> {
  const out = join(dist, "pagefind");
  const { addresses, totals } = await readCounts(dist);
  const shards = groupShards(addresses, shardRecords);
  const keys = shards.map((s) => s.key);
  const missing = keys.filter((k, i) => !existsSync(join(i === 0 ? out : join(out, `shard-${k}`), "pagefind-entry.json")) || (i === 0 && !existsSync(join(out, "pagefind.js"))));
  if (missing.length > 0) throw new Error(`这些检索分片还没有建好：${missing.join("、")}。请先运行 npm run search -- shard ${missing.join(" ")}，再把它们的 dist/pagefind/ 合在一起。`);
  await writeShardList(out, shards, totals);
  return { shards: keys.length };
}

/** Removes the folders of shards not in the list (gone from the corpus, or now the primary) and writes shards.json (src/search/shard-list.ts). */
async function writeShardList(out: string, shards: Shard[], totals: Counts): Promise<void> {
  const merged = shards.slice(1).map((s) => `shard-${s.key}`);
  for (const name of await readdir(out).catch(() => [] as string[])) if (name.startsWith("shard-") && !merged.includes(name)) await rm(join(out, name), { recursive: true, force: true });
  const list: ShardList = {
    shards: shards.map((s, i) => ({
      path: i === 0 ? "" : `shard-${s.key}/`,
      years: [...new Set(s.members.map((m) => (m.year === "null" ? null : Number(m.year))))],
      reports: s.members.reduce((n, m) => n + m.to - m.from, 0),
    })),
    totals: sortedCounts(totals),
  };
  // Replaced, not written into: the last build's dist/pagefind/shards.json is a link to it (linkTree).
  await rm(join(out, "shards.json"), { force: true });
  await writeFile(join(out, "shards.json"), `${JSON.stringify(list)}\n`);
}

/** Facets and values in a fixed order, so that the same corpus writes the same file. */
function sortedCounts(counts: Counts): Counts {
  const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sorted(v)]));
}

/** What one pass over corpus.json learns: each year's reports, the reports per facet value, and a digest of each report's record. */
interface CorpusCounts {
  /** Per year, its reports' addresses, in corpus order. */
  addresses: Map<string, string[]>;
  totals: Counts;
  /** Per year, a digest of what each of its reports' record is made of, in corpus order. */
  reportDigests: Map<string, string[]>;
  /** Each report's year, in corpus order (as many as the records). */
  yearOf: string[];
}

/** Reads corpus.json once, counting, and taking a digest of each report's record without making it. */
async function readCounts(dist: string): Promise<CorpusCounts> {
  const addresses = new Map<string, string[]>();
  const totals: Counts = {};
  const reportDigests = new Map<string, string[]>();
  const yearOf: string[] = [];
  for await (const report of corpusReports<CorpusReport>(join(dist, "data", "corpus.json"))) {
    const year = String(report.year);
    yearOf.push(year);
    (addresses.get(year) ?? addresses.set(year, []).get(year))?.push(report.url);
    const filters = reportFilters(report);
    for (const [facet, values] of Object.entries(filters)) {
      const facetTotals = (totals[facet] ??= {});
      for (const value of values) facetTotals[value] = (facetTotals[value] ?? 0) + 1;
    }
    // The record is made of these (its content from the passages' texts in the meta): a report whose look-alikes
    // or review changed keeps its record, and its shard is not rebuilt.
    const digests = reportDigests.get(year) ?? reportDigests.set(year, []).get(year);
    digests?.push(createHash("sha256").update(JSON.stringify([report.url, recordMeta(report), filters])).digest("base64"));
  }
  return { addresses, totals, reportDigests, yearOf };
}

// npm run search -- plan | shard <key>… | merge   (SITE_OUT=<folder>, default dist/): the search index as separate
// jobs, for a CI system that builds its shards on several machines (see src/search/README.md).
if (import.meta.main) {
  const dist = resolve(root, process.env.SITE_OUT || "dist");
  const [command, ...keys] = process.argv.slice(2);
  if (command === "plan") console.log(JSON.stringify(await planShards(dist)));
  else if (command === "shard" && keys.length > 0) console.log(`[search] 建好 ${(await buildSearchIndex(dist, { only: keys })).rebuilt} 个分片：${keys.join("、")}`);
  else if (command === "merge") console.log(`[search] 合并 ${(await mergeSearchShards(dist)).shards} 个分片，写出 shards.json`);
  else {
    console.error("用法：npm run search -- plan | shard <分片>… | merge");
    process.exit(2);
  }
}
