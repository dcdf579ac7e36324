// Ingest: every file under the sources folder → content/reports/<id>.md + content/build/files.json.
// Usage: node scripts/ingest.ts [--strict]   (CORPUS_SOURCES=<folder> to read another folder)
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildFile } from "../src/schemas/build-file.ts";
import { reportSchema } from "../src/schemas/report.ts";
import { reportId } from "./emit/report-id.ts";
import { reportMarkdown } from "./emit/write-report.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { processReport } from "./process-report.ts";
import { listSources, sourcesDir } from "./sources/list-sources.ts";
import { readSource } from "./sources/read-source.ts";
import { loadThemes } from "./themes/load-themes.ts";

const root = join(import.meta.dirname, "..");

/** Reads, parses and writes the whole corpus; returns the number of files with problems. */
export async function ingest(): Promise<number> {
  const started = performance.now();
  const dir = sourcesDir(root);
  const [sources, glossary, lexicons] = await Promise.all([
    listSources(dir),
    loadGlossary(join(root, "content", "glossary.yaml")),
    loadThemes(join(root, "content", "themes")),
  ]);
  log(`读取  ${sources.length} 个来源文件（${dir}），${lexicons.length} 个问题类型，${glossary.size} 条替身词`);

  const outDir = join(root, "content", "reports");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await mkdir(join(root, "content", "build"), { recursive: true });

  const files: BuildFile[] = [];
  const seenText = new Map<string, string>();
  const seenId = new Set<string>();
  let passages = 0;
  for (const [i, source] of sources.entries()) {
    const row: BuildFile = { id: source, report: null, format: null, encoding: null, passages: 0, problems: [] };
    files.push(row);
    try {
      const { text, format, encoding } = readSource(source, await readFile(join(dir, source)));
      Object.assign(row, { format, encoding });
      const { report, tree } = await processReport(text, source, { glossary, lexicons });
      if (report.passages.length === 0) throw new Error("没有可读的文字：请检查文件内容是否为对照检查材料。");
      const fingerprint = hash(report.passages.map((p) => p.text).join("\n"));
      const twin = seenText.get(fingerprint);
      if (twin) throw new Error(`与“${twin}”的文字完全相同，未重复收录：如确为不同材料，请检查是否放错了文件。`);
      seenText.set(fingerprint, source);
      let id = reportId(source);
      if (seenId.has(id)) id = `${id}-${hash(source).slice(0, 6)}`;
      seenId.add(id);
      if (!report.structured) row.problems.push("没有识别出“存在的问题/原因/措施”等部分，全文作为一个未分节的部分收录：请检查标题编号（如“一、存在的主要问题”）。");
      const full = reportSchema.parse({ ...report, order: i });
      await writeFile(join(outDir, `${id}.md`), reportMarkdown(full, tree));
      Object.assign(row, { report: id, passages: report.passages.length });
      passages += report.passages.length;
    } catch (error) {
      row.problems.push(error instanceof Error ? error.message : String(error));
    }
    if (sources.length > 200 && (i + 1) % 200 === 0) log(`解析  ${i + 1}/${sources.length}`);
  }
  await writeFile(join(root, "content", "build", "files.json"), `${JSON.stringify(files, null, 2)}\n`);

  const reports = files.filter((f) => f.report).length;
  const problems = files.filter((f) => f.problems.length > 0);
  log(`解析  ${reports} 篇报告，${passages} 条，${problems.length} 个文件有问题（${Math.round(performance.now() - started)} ms）`);
  for (const f of problems) log(`问题  ${f.id}: ${f.problems.join("；")}`);
  return problems.length;
}

function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

function log(line: string): void {
  console.log(`[ingest] ${line}`);
}

if (import.meta.main) {
  const strict = process.argv.includes("--strict") || process.env.CORPUS_STRICT === "1";
  const problems = await ingest();
  if (strict && problems > 0) {
    console.error(`[ingest] --strict：${problems} 个文件有问题，构建失败。`);
    process.exit(1);
  }
}
