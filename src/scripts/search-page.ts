// The search page: reads the search from the URL, runs it (./search/pagefind-index.ts), and renders
// the facets, the passages grouped by report, or the concordance (./search/kwic-view.ts).
import { isSingleChar, runs } from "../search/bigrams.ts";
import { recordFacet, type Counts } from "../search/filters.ts";
import { excerpt } from "../search/highlight.ts";
import { facets, parseState, stateToParams, terms, type Facet, type SearchState } from "../search/query-state.ts";
import { passageTitle } from "../lib/labels.ts";
import { resultRef } from "../search/result-ref.ts";
import { createCollectButton } from "./collection/collect-button.ts";
import { el } from "./search/dom.ts";
import { kwicLimit, renderKwic } from "./search/kwic-view.ts";
import { facetTotals, search, type ResultData } from "./search/pagefind-index.ts";

interface Config {
  base: string;
  labels: { theme: Record<string, string>; section: Record<string, string> };
}

const pageSize = 20;
const facetNames: Record<Facet, string> = {
  theme: "问题类型",
  section: "部分",
  aspect: "方面",
  kind: "作者",
  role: "职务",
  unit: "单位",
  meeting: "会议",
  year: "年度",
};

const config = JSON.parse(document.getElementById("search-config")?.textContent ?? "{}") as Config;
const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const modeBox = document.getElementById("mode") as HTMLInputElement;
const facetBox = document.getElementById("facets") as HTMLElement;
const summary = document.getElementById("summary") as HTMLElement;
const list = document.getElementById("results") as HTMLOListElement;
const more = document.getElementById("more") as HTMLButtonElement;
const viewBar = document.getElementById("view-bar") as HTMLElement;
const kwicTools = document.getElementById("kwic-tools") as HTMLElement;
const kwicBox = document.getElementById("kwic") as HTMLElement;
const kwicCopy = document.getElementById("kwic-copy") as HTMLButtonElement;
const kwicCsv = document.getElementById("kwic-csv") as HTMLAnchorElement;

(document.getElementById("no-script") as HTMLElement).hidden = true;

function label(facet: string, value: string): string {
  if (facet === "theme") return config.labels.theme[value] ?? value;
  if (facet === "section") return config.labels.section[value] ?? value;
  if (facet === "aspect") return `第${value}方面`;
  return value;
}

let allValues: Counts = {};
function renderFacets(state: SearchState, counts: Counts): void {
  // Re-rendering replaces the checkbox a keyboard user just toggled: give focus back to its successor.
  const focused = facetBox.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
  facetBox.replaceChildren(
    ...facets.map((facet) => {
      const values = Object.keys(allValues[facet] ?? {}).sort((a, b) => sortValues(facet, a, b));
      const fieldset = el("fieldset", {}, el("legend", {}, facetNames[facet]));
      for (const value of values) {
        const count = counts[facet]?.[value] ?? 0;
        const checked = state.filters[facet]?.includes(value) ?? false;
        const box = el("input", { type: "checkbox", name: facet, value, checked });
        box.addEventListener("change", () => {
          const next = new Set(state.filters[facet] ?? []);
          if (box.checked) next.add(value);
          else next.delete(value);
          navigate({ ...state, filters: { ...state.filters, [facet]: [...next] } });
        });
        const row = el("label", { className: count === 0 && !checked ? "facet-value empty" : "facet-value" }, box, ` ${label(facet, value)} `, el("span", { className: "count" }, `(${count})`));
        fieldset.append(row);
      }
      return fieldset;
    }),
  );
  if (focused) facetBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

function sortValues(facet: string, a: string, b: string): number {
  if (facet === "theme") return Object.keys(config.labels.theme).indexOf(a) - Object.keys(config.labels.theme).indexOf(b);
  if (facet === "section") return Object.keys(config.labels.section).indexOf(a) - Object.keys(config.labels.section).indexOf(b);
  if (facet === "aspect") return Number(a) - Number(b);
  if (facet === "year") return b.localeCompare(a);
  return a.localeCompare(b, "zh-CN");
}

let lastReport = "";
/** Result items, with a heading row whenever the report changes (results come in corpus order). */
function groupByReport(data: ResultData[], ts: string[], grouped: boolean): HTMLLIElement[] {
  return data.flatMap((d) => {
    const report = d.meta.path?.split("#")[0] ?? "";
    const head = grouped && report !== lastReport ? [el("li", { className: "group" }, el("h2", {}, el("a", { href: `${config.base}${report}` }, d.meta.report_title ?? report)))] : [];
    lastReport = report;
    return [...head, renderResult(d, ts)];
  });
}

function renderViewBar(state: SearchState, hasQuery: boolean): void {
  viewBar.hidden = !hasQuery;
  kwicTools.hidden = state.view !== "kwic";
  for (const b of viewBar.querySelectorAll<HTMLButtonElement>("[data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === state.view));
  for (const b of viewBar.querySelectorAll<HTMLButtonElement>("[data-sort]")) b.setAttribute("aria-pressed", String(b.dataset.sort === state.sort));
  lastReport = "";
}

function renderResult(d: ResultData, ts: string[]): HTMLLIElement {
  const m = d.meta;
  const where = [m.report_title, m.unit, m.role, label("section", m.section ?? ""), m.aspect && m.aspect !== "0" ? `第${m.aspect}方面` : ""].filter(Boolean).join(" · ");
  const text = m.text ?? "";
  const excerptNode = el("p", { className: "excerpt" });
  for (const seg of excerpt(text, ts)) excerptNode.append(seg.mark ? el("mark", {}, seg.text) : seg.text);
  const themes = recordFacet(d.filters, "theme").map((t) => el("li", {}, el("a", { className: "tag", href: `${config.base}themes/${t}/` }, label("theme", t))));
  const ref = resultRef(m);
  return el(
    "li",
    { className: "result" },
    el("h3", {}, el("a", { href: `${config.base}${m.path}` }, passageTitle({ headline: m.headline ?? "", text }))),
    el("p", { className: "where" }, where, ...(ref ? [" ", createCollectButton(ref)] : [])),
    excerptNode,
    themes.length ? el("ul", { className: "tags" }, ...themes) : "",
  );
}

let generation = 0;
async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  input.value = state.q;
  modeBox.checked = state.mode === "related";
  const ts = terms(state.q);
  const single = ts.filter(isSingleChar);
  if ((ts.length === 0 && Object.keys(state.filters).length === 0) || single.length > 0) {
    summary.textContent =
      single.length > 0
        ? `检索至少需要两个字：${single.map((t) => `“${t}”`).join("、")}只有一个字，几乎每条都有。请输入词或短语，如“学习教育”。`
        : "输入要找的字句，或在左侧选择筛选条件。";
    list.replaceChildren();
    kwicBox.replaceChildren();
    renderViewBar(state, false);
    more.hidden = true;
    allValues = await facetTotals(config.base);
    renderFacets(state, allValues);
    return;
  }
  summary.textContent = "正在检索…";
  allValues = await facetTotals(config.base);
  let outcome = await search(config.base, state, state.mode);
  if (state.mode === "exact" && ts.length > 0 && outcome.results.length === 0) {
    outcome = { ...(await search(config.base, state, "related")), fellBack: true };
  }
  if (mine !== generation) return;
  renderFacets(state, outcome.counts);
  const n = outcome.results.length;
  list.replaceChildren();
  kwicBox.replaceChildren();
  renderViewBar(state, ts.length > 0);
  let shown = 0;
  const marked = outcome.fellBack || state.mode === "related" ? ts.flatMap((t) => runs(t)) : ts;
  const showMore = async () => {
    more.disabled = true;
    const page = outcome.results.slice(shown, shown + pageSize);
    shown += page.length;
    const data = await Promise.all(page.map((r) => outcome.loaded.get(r.id) ?? r.data()));
    if (mine !== generation) return;
    list.append(...groupByReport(data, marked, state.mode === "exact" && !outcome.fellBack));
    more.hidden = shown >= outcome.results.length;
    more.disabled = false;
    more.textContent = `显示更多（还有 ${outcome.results.length - shown} 条）`;
  };
  more.onclick = () => void showMore();
  const kwic = state.view === "kwic" && ts.length > 0;
  list.hidden = kwic;
  kwicBox.hidden = !kwic;
  if (kwic) {
    more.hidden = true;
    const data = await Promise.all(outcome.results.slice(0, kwicLimit).map((r) => outcome.loaded.get(r.id) ?? r.data()));
    if (mine !== generation) return;
    renderKwic({ box: kwicBox, copy: kwicCopy, csv: kwicCsv, base: config.base }, state, data, marked, outcome.results.length > kwicLimit);
  } else {
    await showMore();
  }
  if (mine !== generation) return;
  // The status changes only once the first results are on screen, so it announces what is visible.
  const quoted = ts.map((t) => `“${t}”`).join("、");
  summary.textContent = outcome.fellBack
    ? n > 0
      ? `没有原文逐字包含 ${quoted} 的条目。下面是 ${n} 条相关结果（字词分开出现），来自 ${outcome.reports} 篇报告。`
      : `没有找到包含 ${quoted} 的条目。`
    : `${n} 条，来自 ${outcome.reports} 篇报告${ts.length ? `，逐字包含 ${quoted}` : ""}。`;
}

/** Runs a search; when Pagefind's files cannot be loaded, says so instead of waiting forever. */
function start(state: SearchState): void {
  run(state).catch((error: unknown) => {
    summary.textContent = `检索文件无法加载，检索暂不可用：请管理员确认服务器能提供 ${config.base}pagefind/ 下的文件（含 .pagefind、.pf_* 类型）。可以先按问题类型或报告浏览。`;
    console.error(error);
  });
}

function navigate(state: SearchState): void {
  const qs = stateToParams(state).toString();
  history.pushState(null, "", qs ? `?${qs}` : location.pathname);
  start(state);
}

viewBar.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-view], button[data-sort]");
  if (!button) return;
  const state = parseState(new URLSearchParams(location.search));
  if (button.dataset.view) navigate({ ...state, view: button.dataset.view === "kwic" ? "kwic" : "list" });
  if (button.dataset.sort) navigate({ ...state, sort: button.dataset.sort as SearchState["sort"] });
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const state = parseState(new URLSearchParams(location.search));
  navigate({ ...state, q: input.value.trim(), mode: modeBox.checked ? "related" : "exact" });
});
addEventListener("popstate", () => start(parseState(new URLSearchParams(location.search))));
start(parseState(new URLSearchParams(location.search)));
