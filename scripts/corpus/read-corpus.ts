import { createHash } from "node:crypto";
import pMap from "p-map";
import type { BuildFile } from "../../src/schemas/build-file.ts";
import type { Report } from "../../src/schemas/report.ts";
import type { Review } from "../../src/schemas/review.ts";
import { reportId } from "../emit/report-id.ts";
import { filesAtOnce } from "../../src/lib/files-at-once.ts";
import { interner } from "../../src/lib/interner.ts";
import type { ProcessOptions } from "../../src/parse/process-report.ts";
import { looksLikeCopy } from "../sources/copy-name.ts";
import type { SourceListing } from "../sources/list-sources.ts";
import type { SourceDigests } from "../sources/source-digests.ts";
import { SourceProblem } from "../../src/parse/sources/read-source.ts";
import { parsePool, type ParseJob } from "./parse-pool.ts";
import { describe } from "./read-one.ts";
import { bodyInMemory, type BodySpool, type StoredBody } from "./body-spool.ts";
import type { SourceCache, SourceResult } from "./source-cache.ts";

/** One report of the corpus, before the corpus-wide steps (cross-links, look-alikes) and writing. */
export interface CorpusEntry {
  id: string;
  report: Omit<Report, "review">;
  /** Its text as Markdown, for the generated file (scripts/emit/write-report.ts). */
  body: StoredBody;
  /** Its 审读 signals, set once the whole corpus is read (scripts/review/attach-review.ts). */
  review?: Review;
}

/** The whole corpus read into memory, and what became of every input file. */
export interface Corpus {
  entries: CorpusEntry[];
  files: BuildFile[];
}

/**
 * Reads and processes every source: each ends as an entry, a problem, or both, each a build-report row.
 * A bad file never stops the reading. Entries come back in corpus order (by source path).
 */
export async function readCorpus(
  dir: string,
  listing: Pick<SourceListing, "sources" | "sidecars">,
  options: ProcessOptions,
  progress?: (done: number) => void,
  /** The parse cache, and the digests of the sources its keys are made from. */
  cache?: { store: SourceCache; digests: SourceDigests },
  /** Where the bodies are kept until written; none keeps them in memory. */
  bodies?: BodySpool,
): Promise<Corpus> {
  const { sources, sidecars } = listing;
  const entries: CorpusEntry[] = [];
  const files: BuildFile[] = [];
  const seenText = new Map<string, string>();
  const once = interner();
  const seenId = new Set<string>();
  // Copies are read last, so that of two files with the same text the original is the one kept.
  const readOrder = [...sources.filter((s) => !looksLikeCopy(s)), ...sources.filter(looksLikeCopy)];
  const corpusOrder = new Map(sources.map((s, i) => [s, i]));
  // Every source is looked up in the cache first (its key is made from its bytes), so the ones to parse can go to
  // the threads together. No bytes are kept meanwhile: a thread reads its source again, so the queue holds paths
  // (at 100,000 reports, the bytes would be a gigabyte).
  const pending = await pMap(
    readOrder,
    async (source) => {
      const sidecarPath = sidecars.get(source);
      const job: ParseJob = { dir, source, sidecarPath };
      if (!cache) return { job };
      const { store, digests } = cache;
      const key = store.key([source, digests.get(source) ?? "", sidecarPath ?? "", sidecarPath ? (digests.get(sidecarPath) ?? "") : ""]);
      return { job, key, cached: await store.get(key) };
    },
    { concurrency: filesAtOnce },
  );
  const pool = parsePool(options, pending.filter((p) => !p.cached).length);
  const results = pending.map(({ job, key, cached }) =>
    cached
      ? Promise.resolve(cached)
      : pool.read(job).then(async (result) => {
          if (key) await cache?.store.set(key, result);
          return result;
        }),
  );
  for (const [i, { job: { source, sidecarPath } }] of pending.entries()) {
    const row: BuildFile = { id: source, reports: [], format: null, encoding: null, sidecar: sidecarPath ?? null, passages: 0, problems: [], notes: [] };
    files.push(row);
    const result = await (results[i] as Promise<SourceResult>);
    const { format, encoding, processed, problems, notes } = result;
    Object.assign(row, { format, encoding });
    row.problems.push(...problems);
    row.notes.push(...notes);
    for (const { report, body } of processed) {
      const label = report.part > 0 ? `第 ${report.part} 篇：` : "";
      try {
        // The same text handed in again for another year or by another author (问题年年一样 at its plainest) is a report of
        // its own, as its sidecar says; the same text with the same year and author is a copy of the file.
        const fingerprint = hash(`${report.year}\n${report.author}\n${report.passages.map((p) => p.text).join("\n")}`);
        const twin = seenText.get(fingerprint);
        if (twin) throw new SourceProblem(`${label}与“${twin}”的文字完全相同，未重复收录：如确为不同材料，请检查是否放错了文件；如是同一篇材料在另一年度又交了一遍，请在旁注文件中写明 year（或 author）；否则删除这个副本。`);
        seenText.set(fingerprint, report.part > 0 ? `${source}（第 ${report.part} 篇）` : source);
        let id = reportId(source, report.part);
        if (seenId.has(id)) id = `${id}-${hash(`${source}#${report.part}`).slice(0, 6)}`;
        seenId.add(id);
        if (!report.structured) {
          row.problems.push(`${label}没有识别出“存在的问题/原因/措施”等部分，全文作为一个未分节的部分收录：请检查各部分的标题（如“一、存在的主要问题”）。`);
        }
        // A collection's reports keep the file's place in the corpus order, one after another.
        for (const p of report.passages) {
          p.text = once(p.text);
          if (p.simplified !== undefined) p.simplified = once(p.simplified);
        }
        entries.push({ id, report: { ...report, order: (corpusOrder.get(source) ?? i) * partsPerFile + report.part }, body: bodies ? bodies.put(body) : bodyInMemory(body) });
        row.reports.push(id);
        row.passages += report.passages.length;
      } catch (error) {
        row.problems.push(describe(error));
      }
    }
    progress?.(i + 1);
  }
  await pool.close();
  entries.sort((a, b) => a.report.order - b.report.order);
  return { entries, files };
}

/** Room in the corpus order for the reports of one file (a collection rarely holds more than a dozen). */
const partsPerFile = 1000;

/** SHA-256 hex of a string: fingerprints for duplicate texts and id collisions. */
function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
