// The 查重 page: reads a draft (pasted or opened, in the browser), parses it with the build's pipeline and
// compares it with the corpus through the static index under check/. Nothing of the draft leaves the page.
import { checkDraft, type CheckResult } from "../similarity/check/check-draft.ts";
import { parseDraft, type ParsedDraft } from "../similarity/check/parse-draft.ts";
import { resultCsv } from "../similarity/check/summary.ts";
import { fetchSource } from "./check/fetch-source.ts";
import { readDraftFile } from "./check/read-draft-file.ts";
import { renderExamples, renderItems, renderSummary, type RenderContext } from "./check/render-result.ts";
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

async function run(text: string, name: string): Promise<{ draft: ParsedDraft; result: CheckResult; manifest: RenderContext["manifest"] }> {
  const { source, parse, model } = await loadIndex();
  const draft = await parseDraft(text, name, parse, model);
  return { draft, result: await checkDraft(draft.items, source), manifest: source.manifest };
}

let shown: { draft: ParsedDraft; result: CheckResult; ctx: RenderContext } | undefined;

function showSummary(): void {
  if (!shown) return;
  const year = yearSelect.value ? Number(yearSelect.value) : null;
  summaryBox.replaceChildren(...renderSummary(shown.result, shown.draft, shown.ctx, year));
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = draftBox.value;
  const problem = draftProblem(text, "草稿");
  if (problem) return say(problem, true);
  say("正在比对……");
  try {
    const { draft, result, manifest } = await run(text, "草稿.txt");
    const ctx: RenderContext = { base: config.base, labels: config.labels, manifest };
    shown = { draft, result, ctx };
    yearSelect.replaceChildren(el("option", { value: "" }, "（未判断出）"), ...manifest.years.map((y) => el("option", { value: String(y.year) }, `${y.year} 年度（${y.reports} 篇）`)));
    yearSelect.value = draft.report.year !== null && manifest.years.some((y) => y.year === draft.report.year) ? String(draft.report.year) : "";
    showSummary();
    itemsBox.replaceChildren(renderItems(result, ctx));
    URL.revokeObjectURL(csvLink.href);
    csvLink.href = URL.createObjectURL(new Blob([`\ufeff${resultCsv(result, (s) => config.labels.section[s] ?? s, new URL(config.base, location.href).href)}`], { type: "text/csv;charset=utf-8" }));
    resultBox.hidden = false;
    say(`查重完成：${result.items.length} 条，读取了 ${result.fetched.shards} 个索引分片、${result.fetched.chunks} 个条目分块、${result.fetched.reports} 篇报告的原文。`);
  } catch (error) {
    say(`查重没有完成：${error instanceof Error ? error.message : String(error)}`, true);
  }
});

yearSelect.addEventListener("change", showSummary);

fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
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
  } finally {
    // The same file can be opened again after it is fixed.
    fileInput.value = "";
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
