import type { CheckChunk, CheckManifest, CheckPassage, CheckReport } from "../../schemas/check-index.ts";
import { problemAspect } from "../../lib/problem-aspect.ts";
import { comparedText } from "../../text/script.ts";
import { comparable } from "../shingles.ts";
import { fingerprints, indexFingerprints, type FingerprintOptions } from "./fingerprints.ts";
import { encodeShard, shardOf, type Posting } from "./shard-codec.ts";
import { defaultStockOptions, findStockRuns, type StockOptions } from "./stock-phrases.ts";

/** A report as the index is made from it (the fields of /data/corpus.json it reads). */
export interface IndexedReport extends CheckReport {
  themes: string[];
  /** The problem section's aspects, by number. */
  aspects: { n: number; heading: string; topic: string }[];
  passages: (Omit<CheckPassage, "report" | "heading" | "aspectHeading" | "aspectTopic"> & { sectionHeading: string; aspect: number })[];
}

/** How the index is cut; the defaults are what the site is built with. */
export interface IndexOptions {
  fingerprints: FingerprintOptions;
  stock: StockOptions;
  postingCap: number;
  chunkSize: number;
  /** About this many postings (distinct fingerprints) per shard file: small enough that a draft fetches a small part of the index. */
  shardPostings: number;
  minRun: number;
  threshold: number;
}

export const defaultIndexOptions: IndexOptions = {
  fingerprints: indexFingerprints,
  stock: defaultStockOptions,
  postingCap: 64,
  chunkSize: 64,
  shardPostings: 384,
  minRun: 8,
  threshold: 0.3,
};

/** The index as files: the manifest, shard bytes by number, passage chunks by number (the text stays in the reports' data files). */
export interface CheckIndex {
  manifest: CheckManifest;
  shards: Uint8Array[];
  chunks: CheckChunk[];
}

/** Takes the reports one at a time, in corpus order, then makes the postings and the manifest. */
export interface CheckIndexBuilder {
  add(report: IndexedReport): void;
  /** The manifest and the shards' bytes; every chunk has been handed out by then. */
  finish(stockRuns: string[]): Pick<CheckIndex, "manifest" | "shards">;
}

/**
 * Builds the 查重 index of a corpus read one report at a time: every passage's fingerprints
 * (src/similarity/check/fingerprints.ts) as postings sharded by fingerprint, the passages' places in corpus-order
 * chunks, handed to `onChunk` as each fills, the stock runs and the themes each year's reports cover. It keeps the
 * fingerprints (8 bytes each, some 19 a passage) and a count per year, not the reports: the same corpus gives the
 * same bytes.
 */
export function checkIndexBuilder(onChunk: (n: number, chunk: CheckChunk) => void, options: IndexOptions = defaultIndexOptions): CheckIndexBuilder {
  // Pairs (fingerprint, passage) in flat arrays: at 20,000 reports a Map of arrays would cost gigabytes.
  let keys = new Uint32Array(1 << 16);
  let owners = new Uint32Array(1 << 16);
  let pairs = 0;
  const reportOf: number[] = [];
  const years = new Map<number, { reports: number; themes: Map<string, number> }>();
  let reports = 0;
  let chunk: CheckChunk = { reports: [], passages: [] };
  const flush = () => {
    if (chunk.passages.length > 0) onChunk(Math.floor((reportOf.length - 1) / options.chunkSize), chunk);
    chunk = { reports: [], passages: [] };
  };
  return {
    add(report) {
      const r = reports++;
      for (const passage of report.passages) {
        const n = reportOf.push(r) - 1;
        for (const key of fingerprints(comparable(comparedText(passage)), options.fingerprints)) {
          if (pairs === keys.length) {
            keys = grow(keys);
            owners = grow(owners);
          }
          keys[pairs] = key;
          owners[pairs++] = n;
        }
        // Passages come in corpus order: a chunk names each of its reports once.
        if (chunk.reports.at(-1)?.id !== report.id) chunk.reports.push(reportEntry(report));
        const aspect = problemAspect(report.aspects, passage);
        chunk.passages.push({
          report: chunk.reports.length - 1,
          id: passage.id,
          section: passage.section,
          heading: passage.sectionHeading,
          aspectHeading: aspect?.heading ?? "",
          aspectTopic: aspect?.topic ?? "",
          headline: passage.headline,
          themes: passage.themes,
        });
        if (chunk.passages.length === options.chunkSize) flush();
      }
      if (report.year === null) return;
      const y = years.get(report.year) ?? { reports: 0, themes: new Map() };
      y.reports++;
      for (const t of report.themes) y.themes.set(t, (y.themes.get(t) ?? 0) + 1);
      years.set(report.year, y);
    },
    finish(stockRuns) {
      flush();
      // Sized by the postings (distinct fingerprints), not the pairs: a corpus of much-copied wording has far fewer,
      // and sized by the pairs its shards were mostly empty files (16,384 of 8 bytes on average at 20,000 reports).
      const distinct = keys.slice(0, pairs).sort().reduce((n, key, i, all) => (i === 0 || key !== all[i - 1] ? n + 1 : n), 0);
      const shardBits = Math.min(16, Math.max(0, Math.ceil(Math.log2(Math.max(1, distinct / options.shardPostings)))));
      const shards = postingsByShard(keys.subarray(0, pairs), owners.subarray(0, pairs), reportOf, shardBits, options.postingCap).map(encodeShard);
      return {
        manifest: {
          version: 2,
          fingerprints: options.fingerprints,
          shardBits,
          postingCap: options.postingCap,
          chunkSize: options.chunkSize,
          reports,
          passages: reportOf.length,
          minRun: options.minRun,
          threshold: options.threshold,
          stock: { k: options.stock.k, maxLength: options.stock.maxLength, runs: stockRuns },
          years: [...years]
            .sort((a, b) => a[0] - b[0])
            .map(([year, y]) => ({ year, reports: y.reports, themes: Object.fromEntries([...y.themes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) })),
        },
        shards,
      };
    },
  };
}

/** The index of a corpus held whole (tests); its stock runs are counted here unless given (the build counts them in ingest). */
export function buildCheckIndex(reports: IndexedReport[], options: IndexOptions = defaultIndexOptions, stockRuns?: string[]): CheckIndex {
  const chunks: CheckChunk[] = [];
  const builder = checkIndexBuilder((n, chunk) => (chunks[n] = chunk), options);
  for (const report of reports) builder.add(report);
  const letters = () => reports.map((report) => report.passages.map((p) => comparable(comparedText(p)).chars));
  return { ...builder.finish(stockRuns ?? findStockRuns(letters, reports.length, options.stock)), chunks };
}

/** The fields a result shows of a report. */
function reportEntry(report: IndexedReport): CheckReport {
  return { id: report.id, url: report.url, title: report.title, year: report.year, kind: report.kind, unit: report.unit, role: report.role };
}

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The pairs grouped into shards (a counting sort), then per fingerprint its passages, sorted; capped, with the report count kept. */
function postingsByShard(keys: Uint32Array, owners: Uint32Array, reportOf: number[], bits: number, cap: number): Posting[][] {
  const count = new Uint32Array((1 << bits) + 1);
  for (const key of keys) count[shardOf(key, bits) + 1]++;
  for (let s = 1; s < count.length; s++) count[s] = (count[s] as number) + (count[s - 1] as number);
  const order = new Uint32Array(keys.length);
  const fill = count.slice(0, -1);
  keys.forEach((key, i) => (order[fill[shardOf(key, bits)]++] = i));
  const shards: Posting[][] = [];
  for (let s = 0; s < 1 << bits; s++) {
    const members = Array.from(order.subarray(count[s], count[s + 1]));
    members.sort((a, b) => (keys[a] as number) - (keys[b] as number) || (owners[a] as number) - (owners[b] as number));
    const postings: Posting[] = [];
    let last: Posting | undefined;
    let lastReport = -1;
    // A passage's fingerprints are unique, and passages come in corpus order: a report's passages are adjacent.
    for (const i of members) {
      const key = keys[i] as number;
      const passage = owners[i] as number;
      if (last?.key !== key) {
        postings.push((last = { key, reports: 0, passages: [] }));
        lastReport = -1;
      }
      if (reportOf[passage] !== lastReport) {
        last.reports++;
        lastReport = reportOf[passage] as number;
      }
      if (last.passages.length < cap) last.passages.push(passage);
    }
    shards.push(postings);
  }
  return shards;
}
