import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { readFrontmatter } from "./frontmatter.ts";
import { lookalikeTextsSchema, type LookalikeTexts } from "../schemas/lookalike-texts.ts";
import { reportFileSchema, type ReportFile } from "../schemas/report.ts";

/** A `reports` collection entry: where its data file is, and which version of it the collection holds. */
export interface ReportFileRef {
  id: string;
  filePath?: string | undefined;
  data: { digest: string };
}

/** Reports read lately: a look-alike page reads its neighbours, and neighbours come back on the next pages. */
const recent = new Map<string, Promise<ReportFile>>();
const keep = 64;

/**
 * The whole data of a report, read from its file when a page needs it and validated by the same schema as ever:
 * the collection keeps only summaries (src/schemas/report-summary.ts), so no stage holds every report's text.
 */
export function loadReport(entry: ReportFileRef): Promise<ReportFile> {
  const key = `${entry.id}\n${entry.data.digest}`;
  const known = recent.get(key);
  if (known) {
    // Most recently used last, so that the oldest is the one let go.
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  if (!entry.filePath) throw new Error(`报告 ${entry.id} 没有数据文件：请重新运行 npm run build。`);
  const path = resolve(entry.filePath);
  const report = readFile(path, "utf8").then((text) => {
    const parsed = reportFileSchema.safeParse(readFrontmatter(text));
    if (!parsed.success) throw new Error(`${path}：数据与报告的格式不符（${parsed.error.message}）。请重新运行 npm run build。`);
    return parsed.data;
  });
  recent.set(key, report);
  if (recent.size > keep) recent.delete(recent.keys().next().value as string);
  return report;
}

/**
 * The texts of the other reports' passages a report's look-alike page compares (src/schemas/lookalike-texts.ts),
 * beside its data file; {} where it has none.
 */
export async function loadLookalikeTexts(entry: ReportFileRef): Promise<LookalikeTexts> {
  if (!entry.filePath) throw new Error(`报告 ${entry.id} 没有数据文件：请重新运行 npm run build。`);
  const path = resolve(dirname(entry.filePath), "..", "lookalikes", `${entry.id}.json`);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? null : Promise.reject(error)));
  if (text === null) return {};
  const parsed = lookalikeTextsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}：数据与格式不符（${parsed.error.message}）。请重新运行 npm run build。`);
  return parsed.data;
}
