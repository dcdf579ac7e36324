import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Root } from "mdast";
import type { BuildFile } from "../../src/schemas/build-file.ts";
import type { Report } from "../../src/schemas/report.ts";
import { reportId } from "../emit/report-id.ts";
import { processReport, type ProcessOptions } from "../process-report.ts";
import { readSource } from "../sources/read-source.ts";

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

/** Reads and processes every source in order; a bad file becomes a build-report row, never a failure. */
export async function readCorpus(dir: string, sources: string[], options: ProcessOptions, progress?: (done: number) => void): Promise<Corpus> {
  const entries: CorpusEntry[] = [];
  const files: BuildFile[] = [];
  const seenText = new Map<string, string>();
  const seenId = new Set<string>();
  for (const [i, source] of sources.entries()) {
    const row: BuildFile = { id: source, report: null, format: null, encoding: null, passages: 0, problems: [] };
    files.push(row);
    try {
      const { text, format, encoding } = readSource(source, await readFile(join(dir, source)));
      Object.assign(row, { format, encoding });
      const { report, tree } = await processReport(text, source, options);
      if (report.passages.length === 0) throw new Error("没有可读的文字：请检查文件内容是否为对照检查材料。");
      const fingerprint = hash(report.passages.map((p) => p.text).join("\n"));
      const twin = seenText.get(fingerprint);
      if (twin) throw new Error(`与“${twin}”的文字完全相同，未重复收录：如确为不同材料，请检查是否放错了文件。`);
      seenText.set(fingerprint, source);
      let id = reportId(source);
      if (seenId.has(id)) id = `${id}-${hash(source).slice(0, 6)}`;
      seenId.add(id);
      if (!report.structured) row.problems.push("没有识别出“存在的问题/原因/措施”等部分，全文作为一个未分节的部分收录：请检查标题编号（如“一、存在的主要问题”）。");
      entries.push({ id, report: { ...report, order: i }, tree });
      Object.assign(row, { report: id, passages: report.passages.length });
    } catch (error) {
      row.problems.push(error instanceof Error ? error.message : String(error));
    }
    progress?.(i + 1);
  }
  return { entries, files };
}

/** SHA-256 hex of a string: fingerprints for duplicate texts and id collisions. */
function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
