import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import { reportTitle } from "../../src/lib/report-title.ts";
import { indexTokens } from "../../src/search/bigrams.ts";
import { passageValue, reportValue } from "../../src/search/filters.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { readCorpusReports } from "../corpus/corpus-json.ts";

/** dist/data/corpus.json, as the index is made from it. */
interface Corpus {
  reports: CorpusReport[];
}

/** One Pagefind record per passage: character pairs to search, the original text and facets to show (see src/search/filters.ts). */
export function passageRecords(corpus: Corpus): CustomRecord[] {
  return corpus.reports.flatMap((report, r) => {
    const title = reportTitle(report);
    return report.passages.map((passage) => {
      const aspect = passage.section === "problem" ? report.aspects.find((a) => a.n === passage.aspect) : undefined;
      return {
        url: `${report.url}#${passage.id}`,
        content: indexTokens(passage.text).join(" "),
        language: "en",
        meta: {
          title: passage.headline || title,
          report_title: title,
          path: `${report.url}#${passage.id}`,
          text: passage.text,
          headline: passage.headline,
          section: passage.section,
          aspect: String(passage.aspect),
          // What a result's 摘录 button hands over (src/scripts/search-page.ts), to file it under its aspect.
          report_id: report.id,
          passage_id: passage.id,
          aspect_heading: aspect?.heading ?? "",
          aspect_topic: aspect?.topic ?? "",
          unit: report.unit ?? "",
          role: report.role ?? "",
        },
        filters: {
          passage: [passageValue(passage)],
          report: [reportValue(r, report)],
        },
      };
    });
  });
}

/** Records sent to Pagefind before waiting for its answers: the service reads them in order, so output stays deterministic. */
const batch = 500;

/**
 * Records per index shard. Pagefind holds a whole index in memory while it builds (about 140 kB per
 * passage record here); shards are built one after another, so memory stays bounded as the corpus grows.
 */
export const shardRecords = Number(process.env.SEARCH_SHARD_RECORDS) || 10_000;

/** The shards' folders under dist/pagefind/, after the primary index in dist/pagefind/ itself. */
export function shardPaths(records: number, perShard = shardRecords): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(records / perShard) - 1) }, (_, i) => `shard-${i + 1}/`);
}

/**
 * Writes dist/pagefind/: one record per passage, its text indexed as character pairs under a
 * non-segmenting language, so that any substring is found as a phrase (see src/search/bigrams.ts).
 * Beyond `shardRecords` passages, further shards go to dist/pagefind/shard-N/, listed in
 * dist/pagefind/shards.json for the search page to merge (shards are contiguous runs of the corpus).
 */
export async function buildSearchIndex(dist: string): Promise<{ records: number; shards: number }> {
  const corpus: Corpus = { reports: await readCorpusReports<CorpusReport>(join(dist, "data", "corpus.json")) };
  const records = passageRecords(corpus);
  const out = join(dist, "pagefind");
  // Pagefind adds to an existing folder: an index rebuilt alone (--only=search) must not keep stale fragments.
  await rm(out, { recursive: true, force: true });
  const shards = ["", ...shardPaths(records.length)];
  for (const [s, path] of shards.entries()) {
    await writeIndex(records.slice(s * shardRecords, (s + 1) * shardRecords), join(out, path), s > 0);
  }
  await writeFile(join(out, "shards.json"), `${JSON.stringify(shards.slice(1))}\n`);
  return { records: records.length, shards: shards.length };
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
  } finally {
    // Closing stops Pagefind's service, returning the shard's memory before the next one is built.
    await pagefind.close();
  }
}
