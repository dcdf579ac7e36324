import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Root } from "mdast";
import type { BuildFile } from "../../src/schemas/build-file.ts";
import type { Report } from "../../src/schemas/report.ts";
import type { SourceMeta } from "../../src/schemas/source-meta.ts";
import { DecodeError } from "../decode/decode.ts";
import { reportId } from "../emit/report-id.ts";
import { readSidecar } from "../metadata/read-sidecar.ts";
import { processReport, type ProcessOptions } from "../process-report.ts";
import { reportTextProblem } from "../sources/check-report-text.ts";
import { looksLikeCopy } from "../sources/copy-name.ts";
import type { SourceListing } from "../sources/list-sources.ts";
import { readSource, SourceProblem } from "../sources/read-source.ts";
import type { SourceCache, SourceResult } from "./source-cache.ts";

/** One report of the corpus, before the corpus-wide steps (cross-links, look-alikes) and writing. */
export interface CorpusEntry {
  id: string;
  report: Report;
  tree: Root;
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
  cache?: SourceCache,
): Promise<Corpus> {
  const { sources, sidecars } = listing;
  const entries: CorpusEntry[] = [];
  const files: BuildFile[] = [];
  const seenText = new Map<string, string>();
  const seenId = new Set<string>();
  // Copies are read last, so that of two files with the same text the original is the one kept.
  const readOrder = [...sources.filter((s) => !looksLikeCopy(s)), ...sources.filter(looksLikeCopy)];
  const corpusOrder = new Map(sources.map((s, i) => [s, i]));
  for (const [i, source] of readOrder.entries()) {
    const sidecarPath = sidecars.get(source);
    const row: BuildFile = { id: source, report: null, format: null, encoding: null, sidecar: sidecarPath ?? null, passages: 0, problems: [] };
    files.push(row);
    const bytes = await readFile(join(dir, source));
    const sidecarBytes = sidecarPath ? await readFile(join(dir, sidecarPath)) : undefined;
    const key = cache?.key([source, bytes, sidecarPath ?? "", sidecarBytes ?? ""]);
    let result = key ? await cache?.get(key) : undefined;
    if (!result) {
      result = await readOne(dir, source, bytes, sidecarPath, options);
      if (key) await cache?.set(key, result);
    }
    const { format, encoding, processed, problems } = result;
    Object.assign(row, { format, encoding });
    row.problems.push(...problems);
    try {
      if (!processed) continue;
      const { report, tree } = processed;
      const fingerprint = hash(report.passages.map((p) => p.text).join("\n"));
      const twin = seenText.get(fingerprint);
      if (twin) throw new SourceProblem(`与“${twin}”的文字完全相同，未重复收录：如确为不同材料，请检查是否放错了文件；否则删除这个副本。`);
      seenText.set(fingerprint, source);
      let id = reportId(source);
      if (seenId.has(id)) id = `${id}-${hash(source).slice(0, 6)}`;
      seenId.add(id);
      if (!report.structured) {
        row.problems.push("没有识别出“存在的问题/原因/措施”等部分，全文作为一个未分节的部分收录：请检查各部分的标题（如“一、存在的主要问题”）。");
      }
      entries.push({ id, report: { ...report, order: corpusOrder.get(source) ?? i }, tree });
      Object.assign(row, { report: id, passages: report.passages.length });
    } catch (error) {
      row.problems.push(describe(error));
    } finally {
      progress?.(i + 1);
    }
  }
  entries.sort((a, b) => a.report.order - b.report.order);
  return { entries, files };
}

/** Reads, checks and processes one source; never throws: what went wrong is in `problems`. */
async function readOne(dir: string, source: string, bytes: Uint8Array, sidecarPath: string | undefined, options: ProcessOptions): Promise<SourceResult> {
  const result: SourceResult = { format: null, encoding: null, processed: null, problems: [] };
  try {
    const { text, format, encoding } = await readSource(source, bytes);
    Object.assign(result, { format, encoding });
    const notReport = reportTextProblem(text);
    if (notReport) throw new SourceProblem(notReport);
    const sidecar = await loadSidecar(dir, sidecarPath, result.problems);
    result.processed = await processReport(text, source, options, { format, sidecar });
    result.problems.push(...result.processed.warnings);
  } catch (error) {
    result.problems.push(describe(error));
  }
  return result;
}

/** The source's sidecar overrides; a broken sidecar is noted on the row and ignored. */
async function loadSidecar(dir: string, path: string | undefined, problems: string[]): Promise<SourceMeta | undefined> {
  if (!path) return undefined;
  try {
    return await readSidecar(dir, path);
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
}

/** The message for a file that failed: ours say what to do; anything else is a bug to report. */
function describe(error: unknown): string {
  if (error instanceof SourceProblem || error instanceof DecodeError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `解析时出错（${reason}）：这是构建程序的问题，请把此文件和这条信息交给维护者。`;
}

/** SHA-256 hex of a string: fingerprints for duplicate texts and id collisions. */
function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
