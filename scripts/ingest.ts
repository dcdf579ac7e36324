// Ingest: every file under the sources folder → content/reports/<id>.md + content/build/files.json.
// Usage: node scripts/ingest.ts [--strict]   (CORPUS_SOURCES=<folder> to read another folder)
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildFile } from "../src/schemas/build-file.ts";
import { reportSchema } from "../src/schemas/report.ts";
import type { SourceMeta } from "../src/schemas/source-meta.ts";
import { DecodeError } from "./decode/decode.ts";
import { reportId } from "./emit/report-id.ts";
import { reportMarkdown } from "./emit/write-report.ts";
import { readSidecar } from "./metadata/read-sidecar.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { processReport } from "./process-report.ts";
import { reportTextProblem } from "./sources/check-report-text.ts";
import { looksLikeCopy } from "./sources/copy-name.ts";
import { listFiles, pairSidecars, sourcesDir } from "./sources/list-sources.ts";
import { readSource, SourceProblem } from "./sources/read-source.ts";
import { loadThemes } from "./themes/load-themes.ts";

const root = join(import.meta.dirname, "..");

/** Where ingest reads and writes. */
export interface IngestOptions {
  /** The sources folder. */
  sources: string;
  /** Where `reports/*.md` and `build/files.json` are written: `content/` for the site. */
  out: string;
  /** The glossary and themes the reports are processed with. */
  glossary: string;
  themes: string;
  /** Where the stage lines go. */
  log: (line: string) => void;
}

/** The repo's own folders: sources (or $CORPUS_SOURCES) into content/. */
export function defaultIngestOptions(): IngestOptions {
  const content = join(root, "content");
  return {
    sources: sourcesDir(root),
    out: content,
    glossary: join(content, "glossary.yaml"),
    themes: join(content, "themes"),
    log: (line) => console.log(`[ingest] ${line}`),
  };
}

/** Most problem lines printed; the build report lists them all. */
const maxProblemLines = 30;

/**
 * Reads, parses and writes the whole corpus: every file ends as a report, a problem, or both, each one
 * a row of `build/files.json`. Returns the number of files with problems.
 */
export async function ingest(options: IngestOptions = defaultIngestOptions()): Promise<number> {
  const { log } = options;
  const started = performance.now();
  const [listing, glossary, lexicons] = await Promise.all([
    listFiles(options.sources).then(pairSidecars),
    loadGlossary(options.glossary),
    loadThemes(options.themes),
  ]);
  const { sources, sidecars, orphans } = listing;
  log(`读取  ${sources.length} 个来源文件、${sidecars.size + orphans.length} 个旁注文件（${options.sources}），${lexicons.length} 个问题类型，${glossary.size} 条替身词`);

  const outDir = join(options.out, "reports");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await mkdir(join(options.out, "build"), { recursive: true });

  const files: BuildFile[] = [];
  const seenText = new Map<string, string>();
  const seenId = new Set<string>();
  const progressEvery = Math.max(100, Math.ceil(sources.length / 10));
  // Copies are read last, so that of two files with the same text the original is the one kept.
  const readOrder = [...sources.filter((s) => !looksLikeCopy(s)), ...sources.filter(looksLikeCopy)];
  const corpusOrder = new Map(sources.map((s, i) => [s, i]));
  for (const [i, source] of readOrder.entries()) {
    const row: BuildFile = { id: source, report: null, format: null, encoding: null, sidecar: sidecars.get(source) ?? null, passages: 0, problems: [] };
    files.push(row);
    try {
      const { text, format, encoding } = await readSource(source, await readFile(join(options.sources, source)));
      Object.assign(row, { format, encoding });
      const notReport = reportTextProblem(text);
      if (notReport) throw new SourceProblem(notReport);
      const sidecar = await loadSidecar(options.sources, sidecars.get(source), row);
      const processed = await processReport(text, source, { glossary, lexicons }, { format, sidecar });
      const { report, tree } = processed;
      row.problems.push(...processed.warnings);
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
      const full = reportSchema.parse({ ...report, order: corpusOrder.get(source) ?? i });
      await writeFile(join(outDir, `${id}.md`), reportMarkdown(full, tree));
      Object.assign(row, { report: id, passages: report.passages.length });
    } catch (error) {
      row.problems.push(describe(error));
    }
    if (sources.length > progressEvery && ((i + 1) % progressEvery === 0 || i + 1 === sources.length)) {
      log(`解析  ${i + 1}/${sources.length}（${Math.round(((i + 1) / sources.length) * 100)}%）`);
    }
  }
  for (const orphan of orphans) {
    files.push({ id: orphan.path, report: null, format: null, encoding: null, sidecar: null, passages: 0, problems: [orphan.message] });
  }
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeFile(join(options.out, "build", "files.json"), `${JSON.stringify(files, null, 2)}\n`);

  const reports = files.filter((f) => f.report);
  const problems = files.filter((f) => f.problems.length > 0);
  const passages = reports.reduce((n, f) => n + f.passages, 0);
  log(`解析  ${reports.length} 篇报告，${passages} 条，${problems.length} 个文件有问题（${Math.round(performance.now() - started)} ms）`);
  for (const f of problems.slice(0, maxProblemLines)) log(`问题  ${f.id}: ${f.problems.join("；")}`);
  if (problems.length > maxProblemLines) log(`问题  ……另有 ${problems.length - maxProblemLines} 个文件有问题，见站点的“构建报告”页`);
  return problems.length;
}

/** The source's sidecar overrides; a broken sidecar is noted on the row and ignored. */
async function loadSidecar(dir: string, path: string | undefined, row: BuildFile): Promise<SourceMeta | undefined> {
  if (!path) return undefined;
  try {
    return await readSidecar(dir, path);
  } catch (error) {
    row.problems.push((error as Error).message);
    return undefined;
  }
}

/** The message for a file that failed: ours say what to do; anything else is a bug to report. */
function describe(error: unknown): string {
  if (error instanceof SourceProblem || error instanceof DecodeError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `解析时出错（${reason}）：这是构建程序的问题，请把此文件和这条信息交给维护者。`;
}

function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

if (import.meta.main) {
  const strict = process.argv.includes("--strict") || process.env.CORPUS_STRICT === "1";
  const problems = await ingest();
  if (strict && problems > 0) {
    console.error(`[ingest] --strict：${problems} 个文件有问题，构建失败。`);
    process.exit(1);
  }
}
