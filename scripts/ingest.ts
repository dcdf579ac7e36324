// Ingest: every file under the sources folder → content/reports/<id>.md + content/build/files.json.
// Usage: node scripts/ingest.ts [--strict]   (CORPUS_SOURCES=<folder> to read another folder)
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { reportSchema } from "../src/schemas/report.ts";
import { linkCorpus } from "./corpus/link-corpus.ts";
import { readCorpus } from "./corpus/read-corpus.ts";
import { reportMarkdown } from "./emit/write-report.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { listSources, sourcesDir } from "./sources/list-sources.ts";
import { phrasebook } from "./themes/classify.ts";
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

  const { entries, files } = await readCorpus(dir, sources, { glossary, lexicons }, (done) => {
    if (sources.length > 200 && done % 200 === 0) log(`解析  ${done}/${sources.length}`);
  });

  const linking = performance.now();
  linkCorpus(entries, phrasebook(lexicons));
  log(`关联  对应关系、相似条目、方面对齐（${Math.round(performance.now() - linking)} ms）`);

  const outDir = join(root, "content", "reports");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await mkdir(join(root, "content", "build"), { recursive: true });
  for (const { id, report, tree } of entries) {
    await writeFile(join(outDir, `${id}.md`), reportMarkdown(reportSchema.parse(report), tree));
  }
  await writeFile(join(root, "content", "build", "files.json"), `${JSON.stringify(files, null, 2)}\n`);

  const passages = entries.reduce((n, e) => n + e.report.passages.length, 0);
  const problems = files.filter((f) => f.problems.length > 0);
  log(`解析  ${entries.length} 篇报告，${passages} 条，${problems.length} 个文件有问题（${Math.round(performance.now() - started)} ms）`);
  for (const f of problems) log(`问题  ${f.id}: ${f.problems.join("；")}`);
  return problems.length;
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
