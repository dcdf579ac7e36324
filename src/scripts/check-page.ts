// The 查重 page: reads a draft (pasted or opened, in the browser) or a batch of files, parses each with the build's
// pipeline, compares it with the corpus through the static index under check/, reviews it (审读) and, in a batch,
// compares the drafts with each other. Nothing of the drafts leaves the page.
import { batchCsv, batchPeers, checkDraftText, isChecked, type BatchEntry, type CheckedDraft } from "../similarity/check/batch.ts";
import { checkDraft } from "../similarity/check/check-draft.ts";
import { maxBatchPage } from "../similarity/check/limits.ts";
import { parseDraft } from "../similarity/check/parse-draft.ts";
import type { PeerPair } from "../similarity/check/peers.ts";
import { resultCsv } from "../similarity/check/summary.ts";
import { fetchSource } from "./check/fetch-source.ts";
import { readDraftFile } from "./check/read-draft-file.ts";
import { renderBatchTable, renderPeerEvidence, renderPeerTable } from "./check/render-batch.ts";
import { itemId, renderExamples, renderItems, renderSummary, type RenderContext } from "./check/render-result.ts";
import { renderReviewPanel } from "./check/render-review.ts";
import { el } from "./search/dom.ts";

interface Config {
  base: string;
  labels: RenderContext["labels"];
  /** Longest draft accepted, in characters. */
  maxChars: number;
}

const config = JSON.parse((document.getElementById("check-config") as HTMLScriptElement).textContent ?? "{}") as Config;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("check-form");
const draftBox = $<HTMLTextAreaElement>("draft");
const fileInput = $<HTMLInputElement>("draft-file");
const status = $<HTMLParagraphElement>("check-status");
const resultBox = $<HTMLElement>("check-result");
const summaryBox = $<HTMLDivElement>("check-summary");
const itemsBox = $<HTMLDivElement>("check-items");
const yearSelect = $<HTMLSelectElement>("check-year");
const csvLink = $<HTMLAnchorElement>("check-csv");
const resultFile = $<HTMLParagraphElement>("check-result-file");
const reviewBox = $<HTMLDivElement>("check-review");
const peerEvidenceBox = $<HTMLDivElement>("check-peer-evidence");
const batchBox = $<HTMLElement>("check-batch");
const progress = $<HTMLProgressElement>("check-progress");
const batchCsvLink = $<HTMLAnchorElement>("check-batch-csv");
const batchTableBox = $<HTMLDivElement>("check-batch-table");
const peerTableBox = $<HTMLDivElement>("check-peer-table");
const examplesForm = $<HTMLFormElement>("examples-form");
const paragraphBox = $<HTMLTextAreaElement>("paragraph");
const examplesBox = $<HTMLDivElement>("examples-result");
$("no-script").hidden = true;
for (const f of document.querySelectorAll<HTMLElement>("[data-needs-script]")) f.hidden = false;

let index: ReturnType<typeof fetchSource> | undefined;
const loadIndex = () => {
  index ??= fetchSource(config.base);
  index.catch(() => (index = undefined));
  return index;
};

function say(message: string, problem = false): void {
  status.textContent = message;
  status.classList.toggle("problem", problem);
}

/** Why a text cannot be checked, or null: said before any work, so a wrong paste costs nothing. */
function draftProblem(text: string, what: string): string | null {
  if (text.trim() === "") return `${what}是空的：请粘贴要查重的文字，或打开一个文件。`;
  if (text.length > config.maxChars) return `${what}有 ${text.length.toLocaleString("zh-CN")} 个字符，超过上限 ${config.maxChars.toLocaleString("zh-CN")}：一篇对照检查材料远没有这么长。请只粘贴一篇材料的正文。`;
  if (!/\p{Script=Han}/u.test(text)) return `${what}中没有汉字，无法与对照检查材料比对。`;
  return null;
}

/** Parses, checks and reviews one draft: what a row of the batch and a single check both show. */
async function checkOne(text: string, file: string): Promise<CheckedDraft> {
  return checkDraftText(text, file, await loadIndex(), { href: (p) => `#${itemId(p)}`, themeName: (t) => config.labels.theme[t] ?? t });
}

/** A CSV as a download link: the old one's memory released. */
function setCsv(link: HTMLAnchorElement, csv: string): void {
  URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([`\ufeff${csv}`], { type: "text/csv;charset=utf-8" }));
}

let shown: { checked: CheckedDraft; ctx: RenderContext } | undefined;

function showSummary(): void {
  if (!shown) return;
  const year = yearSelect.value ? Number(yearSelect.value) : null;
  summaryBox.replaceChildren(...renderSummary(shown.checked.result, shown.checked.draft, shown.ctx, year));
}

/** One draft's full result: figures, 审读, (in a batch) its wording in the other drafts, every item. */
async function showDraft(checked: CheckedDraft, batch?: { checked: CheckedDraft[]; pairs: PeerPair[] }): Promise<void> {
  const { source } = await loadIndex();
  const { manifest } = source;
  const { draft, result } = checked;
  const ctx: RenderContext = { base: config.base, labels: config.labels, manifest };
  shown = { checked, ctx };
  yearSelect.replaceChildren(el("option", { value: "" }, "（未判断出）"), ...manifest.years.map((y) => el("option", { value: String(y.year) }, `${y.year} 年度（${y.reports} 篇）`)));
  yearSelect.value = draft.report.year !== null && manifest.years.some((y) => y.year === draft.report.year) ? String(draft.report.year) : "";
  resultFile.hidden = !batch;
  resultFile.textContent = batch ? `草稿：${checked.file}（本批第 ${batch.checked.indexOf(checked) + 1} 份）` : "";
  showSummary();
  reviewBox.replaceChildren(renderReviewPanel(checked.signals));
  peerEvidenceBox.replaceChildren(...(batch ? [renderPeerEvidence(batch.checked, batch.pairs, batch.checked.indexOf(checked), ctx)] : []));
  itemsBox.replaceChildren(renderItems(result, ctx, draft.review.passages.map((p) => p.id)));
  setCsv(csvLink, resultCsv(result, (s) => config.labels.section[s] ?? s, new URL(config.base, location.href).href));
  csvLink.download = batch ? `查重结果-${checked.file.replace(/\.[^.]+$/, "")}.csv` : "查重结果.csv";
  resultBox.hidden = false;
}

/** Bumped by every check started: a batch still running stops when another check begins. */
let generation = 0;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const run = ++generation;
  const text = draftBox.value;
  const problem = draftProblem(text, "草稿");
  if (problem) return say(problem, true);
  say("正在比对……");
  try {
    const checked = await checkOne(text, "草稿.txt");
    if (run !== generation) return;
    batchBox.hidden = true;
    await showDraft(checked);
    const { result } = checked;
    say(`查重完成：${result.items.length} 条，读取了 ${result.fetched.shards} 个索引分片、${result.fetched.chunks} 个条目分块、${result.fetched.reports} 篇报告的原文。`);
  } catch (error) {
    say(`查重没有完成：${error instanceof Error ? error.message : String(error)}`, true);
  }
});

/**
 * Checks several files one after another (each file's problem stays its own), then the drafts against each other,
 * and shows the batch table; a row opens that draft's full result.
 */
async function checkBatch(files: File[]): Promise<void> {
  const run = ++generation;
  if (files.length > maxBatchPage) {
    return say(`一次选了 ${files.length} 份文件，超过 ${maxBatchPage} 份：请分批，每批不超过 ${maxBatchPage} 份。`, true);
  }
  resultBox.hidden = true;
  batchTableBox.replaceChildren();
  peerTableBox.replaceChildren();
  batchCsvLink.hidden = true;
  progress.hidden = false;
  progress.max = files.length;
  progress.value = 0;
  batchBox.hidden = false;
  let manifest: RenderContext["manifest"];
  try {
    manifest = (await loadIndex()).source.manifest;
  } catch (error) {
    progress.hidden = true;
    return say(`查重没有完成：${error instanceof Error ? error.message : String(error)}`, true);
  }
  const entries: BatchEntry[] = [];
  for (const [n, file] of files.entries()) {
    say(`正在查重 ${n + 1} / ${files.length}：${file.name}`);
    try {
      const text = await readDraftFile(file);
      const problem = draftProblem(text, file.name);
      if (problem) throw new Error(problem);
      entries.push(await checkOne(text, file.name));
    } catch (error) {
      entries.push({ file: file.name, error: error instanceof Error ? error.message : String(error) });
    }
    if (run !== generation) return;
    progress.value = n + 1;
    // Lets the page paint the progress between drafts: parsing and comparing do not wait on the network once the index is read.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (run !== generation) return;
  progress.hidden = true;
  const checked = entries.filter(isChecked);
  const failed = entries.length - checked.length;
  const pairs = batchPeers(checked, manifest);
  const ctx: RenderContext = { base: config.base, labels: config.labels, manifest };
  const batch = { checked, pairs };
  const open = async (c: CheckedDraft, button: HTMLButtonElement) => {
    for (const b of batchTableBox.querySelectorAll("button[aria-pressed]")) b.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    await showDraft(c, batch);
    resultBox.scrollIntoView();
  };
  batchTableBox.replaceChildren(renderBatchTable(entries, pairs, config.base, open));
  peerTableBox.replaceChildren(...(checked.length > 1 ? [renderPeerTable(checked, pairs, ctx)] : []));
  setCsv(batchCsvLink, batchCsv(entries, pairs, new URL(config.base, location.href).href));
  batchCsvLink.hidden = false;
  say(
    checked.length
      ? `本批 ${files.length} 份查完：${checked.length} 份完成${failed ? `，${failed} 份无法查重（原因见表中说明）` : ""}。按表中的文件名查看每份的完整结果和审读。`
      : `本批 ${files.length} 份都无法查重，原因见表中说明。`,
    failed > 0,
  );
}

yearSelect.addEventListener("change", showSummary);

fileInput.addEventListener("change", async () => {
  const files = [...(fileInput.files ?? [])];
  // The same files can be opened again after they are fixed.
  fileInput.value = "";
  if (files.length > 1) return checkBatch(files);
  const file = files[0];
  if (!file) return;
  say(`正在读取 ${file.name}……`);
  try {
    const text = await readDraftFile(file);
    const problem = draftProblem(text, file.name);
    if (problem) return say(problem, true);
    draftBox.value = text;
    say(`已读取 ${file.name}（${text.length.toLocaleString("zh-CN")} 个字符），按“查重”开始比对。`);
  } catch (error) {
    say(`${file.name} 读不出：${error instanceof Error ? error.message : String(error)}`, true);
  }
});

$("check-print").addEventListener("click", () => window.print());

examplesForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = paragraphBox.value;
  const problem = draftProblem(text, "这段文字");
  if (problem) {
    examplesBox.replaceChildren(el("p", { className: "problem", role: "alert" }, problem));
    return;
  }
  examplesBox.replaceChildren(el("p", { role: "status" }, "正在查找……"));
  try {
    const { source, parse, model } = await loadIndex();
    const { items } = await parseDraft(text, "段落.txt", parse, model);
    // One paragraph, however the parser cut it: compared as one item.
    const item = { ...(items[0] ?? { section: "other" as const, heading: "", headline: "", themes: [] }), text: text.trim(), simplified: undefined };
    const result = await checkDraft([item], source, { candidates: 20 });
    examplesBox.replaceChildren(...renderExamples(result, { base: config.base, labels: config.labels, manifest: source.manifest }));
  } catch (error) {
    examplesBox.replaceChildren(el("p", { className: "problem", role: "alert" }, `查找没有完成：${error instanceof Error ? error.message : String(error)}`));
  }
});
