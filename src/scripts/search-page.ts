// The search page: reads the search from the URL, runs it (./search/pagefind-index.ts), and renders
// the facets, the passages grouped by report, or the concordance (./search/kwic-view.ts).
import { isSingleChar, runs } from "../search/bigrams.ts";
import { passageFacets, passageFacetValues, type Counts, type PassageFacet } from "../search/filters.ts";
import { excerpt } from "../search/highlight.ts";
import { readRecord, reportHits, type SearchPassage, type SearchRecord } from "../search/report-record.ts";
import { facets, parseState, stateToParams, terms, type Facet, type SearchState } from "../search/query-state.ts";
import { passageTitle } from "../lib/labels.ts";
import { resultRef } from "../search/result-ref.ts";
import { createCollectButton } from "./collection/collect-button.ts";
import { el } from "./search/dom.ts";
import { kwicLimit, renderKwic } from "./search/kwic-view.ts";
import { facetTotals, search, type PagefindResult } from "./search/pagefind-index.ts";
import { yearsLabel } from "../search/shard-list.ts";

interface Config {
  base: string;
  /** Reports read per page of results: each is one request of about 6 kB. */
  pageSize: number;
  labels: { theme: Record<string, string>; section: Record<string, string> };
}

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
const pageSize = config.pageSize;
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

/** One found report as the page shows it: its record and the passages to list. */
interface Found {
  record: SearchRecord;
  hits: SearchPassage[];
  filters: Record<string, string[]>;
}

/** The found reports' data, read and checked: a report none of whose passages matches alone is left out. */
async function loadFound(results: PagefindResult[], state: SearchState, ts: string[], mode: SearchState["mode"]): Promise<Found[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.flatMap((d) => {
    const record = readRecord(d.meta);
    if (!record) return [];
    const hits = reportHits(record, ts, mode, state.filters);
    return hits.length > 0 ? [{ record, hits, filters: d.filters }] : [];
  });
}

/** Report counts per facet value among found reports, passage facets counted only from the passages shown. */
function countFound(found: Found[]): Counts {
  const counts: Counts = {};
  for (const f of found) {
    for (const facet of facets) {
      const values = (passageFacets as readonly string[]).includes(facet) ? new Set(f.hits.flatMap((p) => passageFacetValues(p, facet as PassageFacet))) : new Set(f.filters[facet] ?? []);
      const c = (counts[facet] ??= {});
      for (const v of values) c[v] = (c[v] ?? 0) + 1;
    }
  }
  return counts;
}

function renderViewBar(state: SearchState, hasQuery: boolean): void {
  viewBar.hidden = !hasQuery;
  kwicTools.hidden = state.view !== "kwic";
  for (const b of viewBar.querySelectorAll<HTMLButtonElement>("[data-view]")) b.setAttribute("aria-pressed", String(b.dataset.view === state.view));
  for (const b of viewBar.querySelectorAll<HTMLButtonElement>("[data-sort]")) b.setAttribute("aria-pressed", String(b.dataset.sort === state.sort));
}

/** A found report: a heading row, then each passage to show. */
function renderReport(f: Found, ts: string[]): HTMLLIElement[] {
  const head = el("li", { className: "group" }, el("h2", {}, el("a", { href: `${config.base}${f.record.url}` }, f.record.title), el("span", { className: "count" }, ` ${f.hits.length} 条`)));
  return [head, ...f.hits.map((p) => renderResult(f.record, p, ts))];
}

function renderResult(record: SearchRecord, p: SearchPassage, ts: string[]): HTMLLIElement {
  const where = [record.title, record.unit, record.role, label("section", p.section), p.section === "problem" && p.aspect > 0 ? `第${p.aspect}方面` : ""].filter(Boolean).join(" · ");
  const excerptNode = el("p", { className: "excerpt" });
  for (const seg of excerpt(p.text, ts)) excerptNode.append(seg.mark ? el("mark", {}, seg.text) : seg.text);
  const themes = p.themes.map((t) => el("li", {}, el("a", { href: `${config.base}themes/${t}/` }, label("theme", t))));
  const ref = resultRef(record, p);
  return el(
    "li",
    { className: "result" },
    el("h3", {}, el("a", { href: `${config.base}${record.url}#${p.id}` }, passageTitle(p))),
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
  const kwic = state.view === "kwic" && ts.length > 0;
  // Older shards are searched only when the newer ones give fewer reports than the first view shows.
  const wanted = kwic ? kwicLimit : pageSize;
  let outcome = await search(config.base, state, state.mode, wanted);
  if (state.mode === "exact" && ts.length > 0 && outcome.results.length === 0) {
    outcome = { ...(await search(config.base, state, "related", wanted)), fellBack: true };
  }
  if (mine !== generation) return;
  const mode = outcome.fellBack ? "related" : state.mode;
  list.replaceChildren();
  kwicBox.replaceChildren();
  renderViewBar(state, ts.length > 0);
  const marked = mode === "related" ? ts.flatMap((t) => runs(t)) : ts;
  const quoted = ts.map((t) => `“${t}”`).join("、");
  const found: Found[] = [];
  let read = 0;
  /** The status and counts: exact once every found report is read, Pagefind's report counts until then. */
  const settle = () => {
    const n = outcome.results.length;
    const rest = outcome.rest.reduce((a, s) => a + s.reports, 0);
    const done = read >= n && rest === 0;
    const passages = found.reduce((a, f) => a + f.hits.length, 0);
    renderFacets(state, done || Object.keys(outcome.counts).length === 0 ? countFound(found) : outcome.counts);
    // Until every shard is searched, the figures are of the newer years searched so far.
    const partial =
      rest > 0
        ? `以上只检索了${yearsLabel(outcome.searched)}的 ${outcome.searched.reduce((a, s) => a + s.reports, 0)} 篇报告，左侧的数目也只计这些；${yearsLabel(outcome.rest)}的 ${rest} 篇还没有检索。`
        : "";
    if (outcome.fellBack) {
      summary.textContent = found.length > 0 ? `没有原文逐字包含 ${quoted} 的条目。下面是相关结果（字词分开出现）：${done ? `${passages} 条，来自 ${found.length} 篇报告` : `至多 ${n} 篇报告`}。${partial}` : `没有找到包含 ${quoted} 的条目。`;
    } else if (done) {
      summary.textContent = found.length > 0 ? `${passages} 条，来自 ${found.length} 篇报告${ts.length ? `，逐字包含 ${quoted}` : ""}。` : `没有找到${ts.length ? `包含 ${quoted} 的` : "符合条件的"}条目。`;
    } else {
      summary.textContent = `${outcome.unverified ? "至多 " : ""}${n} 篇报告${ts.length ? `含有 ${quoted}` : "符合条件"}，已列出前 ${read} 篇中的 ${passages} 条${outcome.unverified ? "（逐篇核对，只列同一条中符合全部条件的条目）" : ""}。${partial}`;
    }
    more.hidden = done;
    more.disabled = false;
    more.textContent = read < n ? `显示更多（还有 ${n - read} 篇报告）` : `显示更多（接着检索${yearsLabel(outcome.rest)}的 ${rest} 篇报告）`;
  };
  const showMore = async () => {
    more.disabled = true;
    if (read + pageSize > outcome.results.length && outcome.rest.length > 0) {
      const wider = await search(config.base, state, mode, read + pageSize);
      if (mine !== generation) return;
      outcome = { ...wider, fellBack: outcome.fellBack };
    }
    const page = outcome.results.slice(read, read + pageSize);
    const loaded = await loadFound(page, state, ts, mode);
    if (mine !== generation) return;
    read += page.length;
    found.push(...loaded);
    list.append(...loaded.flatMap((f) => renderReport(f, marked)));
    settle();
  };
  more.onclick = () => void showMore();
  list.hidden = kwic;
  kwicBox.hidden = !kwic;
  if (kwic) {
    const shown = await loadFound(outcome.results.slice(0, kwicLimit), state, ts, mode);
    if (mine !== generation) return;
    read = Math.min(kwicLimit, outcome.results.length);
    found.push(...shown);
    renderKwic({ box: kwicBox, copy: kwicCopy, csv: kwicCsv, base: config.base }, state, shown, marked, outcome.results.length > kwicLimit);
    settle();
    more.hidden = true;
  } else {
    // The status changes only once the first results are on screen, so it announces what is visible.
    await showMore();
  }
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
