// npm run check -- FILE… : 查重 and 审读 of drafts against a built site's corpus (dist/data/check/, made by npm run build),
// and of the drafts against each other. Flags: --json (one JSON object per file), --csv=FILE (one row per file),
// --max=0.3 (exit 1 when a draft's 重复率 is above it), --dist=DIR.
import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { batchCsv, batchJson, batchPeers, checkDraftText, isChecked, type BatchEntry, type CheckedDraft } from "../src/similarity/check/batch.ts";
import { largeBatchCommand, maxDraftBytes, megabytes } from "../src/similarity/check/limits.ts";
import type { PeerPair } from "../src/similarity/check/peers.ts";
import { percent, topSources } from "../src/similarity/check/summary.ts";
import { distSource } from "./check/dist-source.ts";
import { readDocx } from "./sources/read-docx.ts";
import { readSource } from "../src/parse/sources/read-source.ts";
import { loadThemes } from "./themes/load-themes.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = args.includes("--json");
const csv = flag("csv");
const max = flag("max") === undefined ? undefined : Number(flag("max"));
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0 || (max !== undefined && !(max >= 0 && max <= 1)) || csv === "") {
  console.error("用法：npm run check -- 草稿.txt [草稿2.docx …] [--json] [--csv=结果.csv] [--max=0.3] [--dist=dist]");
  process.exit(2);
}
if (files.length > largeBatchCommand) {
  console.error(`共 ${files.length} 份文件，超过 ${largeBatchCommand} 份：照常逐份检查（命令行每份只留结果，不受份数限制），只是要多等一会儿。`);
}
/** Beyond this many drafts the pairwise table no longer fits a terminal: the pairs above the threshold are listed instead… */
const matrixUpTo = 20;
/** …at most this many, the highest first (--json and --csv give them all). */
const listedPairs = 100;

const setting = await distSource(resolve(flag("dist") ?? "dist"));
const { source } = setting;
const themeNames = new Map((await loadThemes(join(import.meta.dirname, "..", "content", "themes"))).map((t) => [t.id, t.name]));

/** What went wrong with a file, said so that the person knows what to do. */
function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "找不到这个文件：请检查路径和文件名。";
  if (code === "EISDIR") return "这是文件夹：请给出其中的文件（如 文件夹/*.docx）。";
  if (code === "EACCES" || code === "EPERM") return "没有读取这个文件的权限：请检查文件权限，或复制一份再查。";
  return error instanceof Error ? error.message : String(error);
}

async function checkFile(file: string): Promise<CheckedDraft> {
  const { size } = await stat(file);
  if (size > maxDraftBytes) throw new Error(`文件有 ${megabytes(size)}，超过 ${maxDraftBytes / 2 ** 20} MB：一篇对照检查材料远没有这么大。请只把正文另存为 .txt 或 .docx 再查。`);
  const read = await readSource(file, new Uint8Array(await readFile(file)), { docxText: readDocx });
  // Parsed under its file name, as the page does; reported under the path given.
  const checked = await checkDraftText(read.text, basename(file), setting, { href: (p) => `#${p}`, themeName: (t) => themeNames.get(t) ?? t });
  return { ...checked, file };
}

function printDraft(c: CheckedDraft): void {
  const { result } = c;
  console.log(`\n${c.file}\n  文字重复率 ${percent(result.share)}（${result.copied} / ${result.han} 个汉字），${result.items.filter((i) => i.matches.length).length} / ${result.items.length} 条有相似来源`);
  for (const s of topSources(result)) console.log(`  ${String(s.items).padStart(3)} 条  ${String(s.chars).padStart(5)} 字  ${s.report.title}  ${s.report.url}`);
  for (const s of c.signals) console.log(`  审读·${s.label} ${s.value}：${s.summary}`);
}

/** The pairwise table: how much of each row's draft is found in each column's, the pairs at or above the threshold listed by name. */
function printPeers(checked: CheckedDraft[], pairs: PeerPair[], threshold: number): void {
  const share = (from: number, to: number) => pairs.find((p) => p.from === from && p.to === to)?.share ?? 0;
  console.log(`\n两两对照：行中的草稿有多少见于列中的草稿（连续 ${source.manifest.minRun} 字以上逐字相同，不计套话；* 为不低于 ${percent(threshold)}）`);
  if (checked.length <= matrixUpTo) {
    const cell = (s: string) => s.padStart(8);
    console.log(`${"".padStart(4)}${checked.map((_, j) => cell(String(j + 1))).join("")}`);
    checked.forEach((c, i) => {
      const cells = checked.map((_, j) => cell(i === j ? "—" : `${percent(share(i, j))}${share(i, j) >= threshold ? "*" : " "}`));
      console.log(`${String(i + 1).padStart(3)} ${cells.join("")}  ${c.file}`);
    });
  }
  const high = pairs.filter((p) => p.share >= threshold).sort((a, b) => b.share - a.share || a.from - b.from || a.to - b.to);
  if (high.length === 0) console.log(`  没有哪两份草稿重合达到 ${percent(threshold)}。`);
  for (const p of high.slice(0, listedPairs)) console.log(`  ${(checked[p.from] as CheckedDraft).file} 的 ${percent(p.share)} 见于 ${(checked[p.to] as CheckedDraft).file}`);
  if (high.length > listedPairs) console.log(`  ……另有 ${high.length - listedPairs} 对不低于 ${percent(threshold)}，全部见 --json 的 peers。`);
}

const entries: BatchEntry[] = [];
for (const [n, file] of files.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r正在查重 ${n + 1} / ${files.length}`);
  try {
    const checked = await checkFile(file);
    entries.push(checked);
    if (!json) printDraft(checked);
  } catch (error) {
    entries.push({ file, error: problemOf(error) });
    if (!json) console.error(`\n${file}\n  无法查重：${problemOf(error)}`);
  }
}
if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");

const checked = entries.filter(isChecked);
const pairs = batchPeers(checked, source.manifest);
if (json) {
  for (const e of entries) console.log(JSON.stringify(isChecked(e) ? batchJson(checked, pairs, checked.indexOf(e)) : e));
} else if (checked.length > 1) printPeers(checked, pairs, source.manifest.threshold);
if (csv) {
  // With a byte-order mark, as the page's download: spreadsheet programs then read the file as UTF-8.
  await writeFile(csv, `\ufeff${batchCsv(entries, pairs, "")}`);
  console.error(`已写出 ${csv}（${entries.length} 行）。`);
}

const above = max === undefined ? 0 : checked.filter((c) => c.result.share > max).length;
const failed = entries.length - checked.length;
if (above > 0) console.error(`\n${above} 篇草稿的文字重复率高于 ${percent(max as number)}。`);
process.exit(failed > 0 ? 2 : above > 0 ? 1 : 0);
