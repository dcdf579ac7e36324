import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readFileSync, type WriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { gunzipSync, gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import { indexTokens } from "../../src/search/bigrams.ts";
import { reportFilters } from "../../src/search/filters.ts";
import { recordMeta } from "../../src/search/report-record.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { corpusReports } from "../corpus/corpus-json.ts";

/**
 * One Pagefind record per report: its passages' character pairs to search, its passages to show (the search
 * page finds in them which ones match, src/search/report-record.ts), and its facets (src/search/filters.ts).
 * A record per passage made 19 times the records: the browser loads every record's page number and
 * word count, and each filter's page lists, before the first result (5.8 MB at 20,000 reports).
 */
export function reportRecord(report: CorpusReport): CustomRecord {
  return {
    url: report.url,
    // Each passage's pairs end on a lone character, so no phrase runs on from one passage into the next.
    content: report.passages.flatMap((p) => indexTokens(p.text)).join(" "),
    language: "en",
    meta: recordMeta(report),
    filters: reportFilters(report),
  };
}

/** Records sent to Pagefind before waiting for its answers: the service reads them in order, so output stays deterministic. */
const batch = 500;

/**
 * Most reports in one index shard. Pagefind holds a whole shard in memory while it builds, about 1.6 MB a report
 * (measured at 2,000: 3.2 GB for one shard of 2,000, 1.6 GB for one of 1,000); shards are built one after
 * another, so memory stays bounded as the corpus grows.
 */
export const shardRecords = Number(process.env.SEARCH_SHARD_RECORDS) || 1_000;

/** Where the shards' digests are kept between builds, one file per output folder. */
const defaultDigests = join(import.meta.dirname, "..", "..", ".cache", "search");

/** What the index depends on besides its records: this file and Pagefind's version. */
const indexVersion = createHash("sha256")
  .update(readFileSync(import.meta.filename))
  .update(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "pagefind", "package.json"), "utf8")).version as string)
  .digest("hex");

/** A shard's key: its year (newest first), split into runs of `shardRecords` in corpus order; `unknown` last. */
function shardKey(year: number | null, nth: number): string {
  const part = Math.floor(nth / shardRecords);
  return `${year ?? "unknown"}${part > 0 ? `-${part + 1}` : ""}`;
}

/** Shards in the order the search lists them: the newest year first, reports of no known year last. */
function byYearDescending(a: string, b: string): number {
  const year = (k: string) => (k.startsWith("unknown") ? -1 : Number(k.slice(0, 4)));
  return year(b) - year(a) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Writes dist/pagefind/: one record per report, its text indexed as character pairs under a non-segmenting
 * language, so that any substring is found as a phrase (see src/search/bigrams.ts). Reports are sharded by
 * year, a key that stays put as the archive grows (new reports land in the current year): the newest year's
 * shard is the primary index, the others go to dist/pagefind/shard-<key>/, listed in dist/pagefind/shards.json
 * for the search page to merge. A shard whose records and code did not change since the last build into the
 * same folder is kept as it is (`full` rebuilds all; `digests` is the folder they are kept in). Reports are read from corpus.json once and spread over
 * one file per shard, then indexed a shard at a time, so memory is bounded by the shard.
 */
export async function buildSearchIndex(dist: string, { full = false, digests: digestDir = defaultDigests } = {}): Promise<{ records: number; shards: number; rebuilt: number }> {
  const out = join(dist, "pagefind");
  const spool = await mkdtemp(join(tmpdir(), "search-shards-"));
  const digestFile = join(digestDir, `${createHash("sha256").update(resolve(dist)).digest("hex").slice(0, 16)}.json`);
  try {
    const files = new Map<string, { stream: WriteStream; hash: Hash }>();
    const perYear = new Map<string, number>();
    let records = 0;
    for await (const report of corpusReports<CorpusReport>(join(dist, "data", "corpus.json"))) {
      const year = String(report.year);
      const nth = perYear.get(year) ?? 0;
      perYear.set(year, nth + 1);
      const key = shardKey(report.year, nth);
      let file = files.get(key);
      if (!file) {
        file = { stream: createWriteStream(join(spool, `${key}.jsonl`)), hash: createHash("sha256").update(indexVersion) };
        files.set(key, file);
      }
      const line = `${JSON.stringify(reportRecord(report))}\n`;
      file.hash.update(line);
      if (!file.stream.write(line)) await once(file.stream, "drain");
      records++;
    }
    await Promise.all([...files.values()].map(({ stream }) => new Promise((done) => stream.end(done))));
    const keys = [...files.keys()].sort(byYearDescending);
    const digests = Object.fromEntries(keys.map((k, i) => [k, `${i === 0 ? "primary" : "merged"}:${files.get(k)?.hash.digest("hex")}`]));
    const before: Record<string, string> = full ? {} : JSON.parse(await readFile(digestFile, "utf8").catch(() => "{}"));
    // A primary that changes takes the place of the old one: its files are the folder's own, beside the shards' folders.
    if (keys.length === 0 || before[keys[0] as string] !== digests[keys[0] as string] || !existsSync(join(out, "pagefind.js"))) {
      for (const name of await readdir(out).catch(() => [] as string[])) if (!name.startsWith("shard-")) await rm(join(out, name), { recursive: true, force: true });
    }
    let rebuilt = 0;
    for (const [i, key] of keys.entries()) {
      const path = i === 0 ? out : join(out, `shard-${key}`);
      const kept = before[key] === digests[key] && existsSync(join(path, "pagefind-entry.json"));
      if (kept) continue;
      if (i > 0) await rm(path, { recursive: true, force: true });
      await writeIndex(await readRecords(join(spool, `${key}.jsonl`)), path, i > 0);
      rebuilt++;
    }
    // Shards gone from the corpus, or indexed now as another kind (primary or merged), are removed.
    for (const name of await readdir(out).catch(() => [] as string[])) {
      if (name.startsWith("shard-") && !keys.slice(1).includes(name.slice("shard-".length))) await rm(join(out, name), { recursive: true, force: true });
    }
    if (keys.length === 0) await writeIndex([], out, false);
    await writeFile(join(out, "shards.json"), `${JSON.stringify(keys.slice(1).map((k) => `shard-${k}/`))}\n`);
    await mkdir(digestDir, { recursive: true });
    await writeFile(digestFile, `${JSON.stringify(digests)}\n`);
    return { records, shards: Math.max(keys.length, 1), rebuilt };
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

/** The records of one shard's spool file. */
async function readRecords(path: string): Promise<CustomRecord[]> {
  const records: CustomRecord[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line) records.push(JSON.parse(line) as CustomRecord);
  return records;
}

/** Builds one index from its records and writes it; a merged shard keeps only its data, the primary has the code. */
async function writeIndex(records: CustomRecord[], outputPath: string, merged: boolean): Promise<void> {
  // forceLanguage keeps Pagefind from segmenting or stemming differently per page.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join("; ")}`);
    for (let i = 0; i < records.length; i += batch) {
      const chunk = records.slice(i, i + batch);
      const added = await Promise.all(chunk.map((record) => index.addCustomRecord(record)));
      added.forEach((a, j) => {
        if (a.errors.length > 0) throw new Error(`Pagefind 拒绝了 ${chunk[j]?.url}：${a.errors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join("; ")}`);
    // The search page has its own UI, and a merged shard runs on the primary's code and WebAssembly.
    const unused = merged ? /^(pagefind[^.]*\.js|pagefind-.*\.css|wasm\..*)$/ : /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
    const files = (await readdir(written.outputPath)).filter((f) => unused.test(f));
    await Promise.all(files.map((f) => rm(join(written.outputPath, f))));
    await slimFragments(join(written.outputPath, "fragment"));
  } finally {
    // Closing stops Pagefind's service, returning the shard's memory before the next one is built.
    await pagefind.close();
  }
}

/** What starts a Pagefind file once it is unzipped. */
const signature = "pagefind_dcd";

/**
 * Empties the `content` of each fragment Pagefind wrote. It is the indexed character pairs, which the
 * search page never shows (it reads the passages from the meta), and it was two thirds of a fragment.
 */
async function slimFragments(dir: string): Promise<void> {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith(".pf_fragment")).sort()) {
    const path = join(dir, name);
    const text = gunzipSync(await readFile(path)).toString("utf8");
    if (!text.startsWith(signature)) throw new Error(`Pagefind 片段 ${name} 的格式不认识：请检查 Pagefind 的版本`);
    const fragment = JSON.parse(text.slice(signature.length)) as { content: string };
    fragment.content = "";
    await writeFile(path, gzipSync(signature + JSON.stringify(fragment), { level: 9 }));
  }
}
