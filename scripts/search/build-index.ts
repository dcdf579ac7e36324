import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
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
 * Reports per index shard. Pagefind holds a whole shard in memory while it builds, about 1.6 MB a report
 * (measured at 2,000: 3.2 GB for one shard of 2,000, 1.6 GB for one of 1,000); shards are built one after
 * another, so memory stays bounded as the corpus grows. Each shard costs a search its own metadata, filter
 * and index files (about 80 kB cold), so shards are as large as memory allows.
 */
export const shardRecords = Number(process.env.SEARCH_SHARD_RECORDS) || 2_500;

/**
 * Writes dist/pagefind/: one record per report, its text indexed as character pairs under a
 * non-segmenting language, so that any substring is found as a phrase (see src/search/bigrams.ts).
 * Beyond `shardRecords` reports, further shards go to dist/pagefind/shard-N/, listed in
 * dist/pagefind/shards.json for the search page to merge (shards are contiguous runs of the corpus).
 * Reports are read from corpus.json one shard at a time, so memory is bounded by the shard.
 */
export async function buildSearchIndex(dist: string): Promise<{ records: number; shards: number }> {
  const out = join(dist, "pagefind");
  // Pagefind adds to an existing folder: an index rebuilt alone (--only=search) must not keep stale fragments.
  await rm(out, { recursive: true, force: true });
  const shards: string[] = [];
  let records = 0;
  let pending: CustomRecord[] = [];
  const flush = async () => {
    const path = shards.length === 0 ? "" : `shard-${shards.length}/`;
    await writeIndex(pending, join(out, path), shards.length > 0);
    shards.push(path);
    pending = [];
  };
  for await (const report of corpusReports<CorpusReport>(join(dist, "data", "corpus.json"))) {
    pending.push(reportRecord(report));
    records++;
    if (pending.length === shardRecords) await flush();
  }
  if (pending.length > 0 || shards.length === 0) await flush();
  await writeFile(join(out, "shards.json"), `${JSON.stringify(shards.slice(1))}\n`);
  return { records, shards: shards.length };
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
