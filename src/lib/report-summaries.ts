import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileLines } from "./file-lines.ts";
import { reportSummaryEntrySchema, type ReportSummaryEntry } from "../schemas/report-summary.ts";

/**
 * Every report's summary (src/schemas/report-summary.ts), a line each in corpus order, written by scripts/ingest.ts
 * beside the reports' files: what the lists, facets and cache keys read. Relative to the project root.
 */
export const reportSummariesFile = "content/build/report-summaries.jsonl";

let read: { stamp: string; entries: Promise<ReportSummaryEntry[]> } | undefined;

/**
 * The summaries, read a line at a time and each validated by its schema; read again only when the file changed
 * (`npm run dev` while ingest runs). An Astro content collection held them before: its store is compiled as one
 * JavaScript module, 107 MB and 17 s of every site build at 20,000 reports, and synced from 20,000 files.
 */
export async function readReportSummaries(file = reportSummariesFile): Promise<ReportSummaryEntry[]> {
  const path = resolve(file);
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`找不到 ${file}：请先运行 npm run build（或 npm run ingest）解析来源。`);
  const stamp = `${path} ${info.mtimeMs} ${info.size}`;
  if (read?.stamp !== stamp) read = { stamp, entries: parse(path) };
  return read.entries;
}

async function parse(path: string): Promise<ReportSummaryEntry[]> {
  const entries: ReportSummaryEntry[] = [];
  let line = 0;
  for await (const text of fileLines(path)) {
    line++;
    if (text === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path} 第 ${line} 行不是完整的 JSON（${(error as Error).message}）：请重新运行 npm run build。`);
    }
    const parsed = reportSummaryEntrySchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path} 第 ${line} 行与报告摘要的格式不符（${parsed.error.message}）：请重新运行 npm run build。`);
    // Written relative to this file so that the output folder can move; resolved here for src/lib/report-data.ts.
    entries.push({ ...parsed.data, filePath: resolve(dirname(path), parsed.data.filePath) });
  }
  return entries;
}
