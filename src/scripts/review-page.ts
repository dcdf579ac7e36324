// /review/: the reviewers' table, read from /data/review.json; filters and sort live in the address, so a view can be shared.
import { reviewColumns, reviewCsv, sortRows, type ReviewRow } from "../review/review-table.ts";

const config = JSON.parse(document.getElementById("review-config")?.textContent ?? "{}") as { base: string; data: string };
const form = document.getElementById("review-filters") as HTMLFormElement;
const table = document.getElementById("review-table") as HTMLTableElement;
const body = table.tBodies[0] as HTMLTableSectionElement;
const status = document.getElementById("review-status") as HTMLElement;
const more = document.getElementById("review-more") as HTMLButtonElement;
const csv = document.getElementById("review-csv") as HTMLAnchorElement;
/** Rows drawn at once: tens of thousands of rows would stall the page; the rest come with 显示更多. */
const pageSize = 500;
const filterKeys = ["year", "meeting", "unit", "kind"] as const;

let rows: ReviewRow[] = [];
let shown = pageSize;

const params = () => new URLSearchParams(location.search);

function state() {
  const p = params();
  return { sort: p.get("sort") ?? "", desc: p.get("order") === "desc", filters: Object.fromEntries(filterKeys.map((k) => [k, p.get(k) ?? ""])) };
}

function setState(change: Record<string, string>) {
  const p = params();
  for (const [k, v] of Object.entries(change)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  history.replaceState(null, "", `${location.pathname}${p.size ? `?${p}` : ""}`);
  render();
}

function visible(): ReviewRow[] {
  const { sort, desc, filters } = state();
  const kept = rows.filter((r) => filterKeys.every((k) => !filters[k] || String(r[k] ?? "") === filters[k]));
  return sort ? sortRows(kept, sort, desc) : kept;
}

function cell(row: ReviewRow, key: string, text: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.dataset.key = key;
  if (key === "title") {
    const a = document.createElement("a");
    a.href = `${config.base}${row.url}#h-review`;
    a.textContent = text;
    td.append(a);
  } else td.textContent = text;
  return td;
}

function render() {
  const { sort, desc, filters } = state();
  for (const select of form.querySelectorAll("select")) select.value = filters[select.name as (typeof filterKeys)[number]] ?? "";
  for (const th of table.tHead?.rows[0]?.cells ?? []) {
    th.setAttribute("aria-sort", th.dataset.key === sort ? (desc ? "descending" : "ascending") : "none");
  }
  const list = visible();
  body.replaceChildren(
    ...list.slice(0, shown).map((row) => {
      const tr = document.createElement("tr");
      tr.append(...reviewColumns.map((c) => cell(row, c.key, c.text(row))));
      return tr;
    }),
  );
  more.hidden = list.length <= shown;
  status.textContent = `${rows.length} 篇报告${list.length === rows.length ? "" : `中符合条件的 ${list.length} 篇`}${list.length > shown ? `，先列出前 ${shown} 篇` : ""}。`;
}

// The link keeps its static CSV of every report (for a reader without JavaScript); with it, what the table shows is exported.
csv.addEventListener("click", (event) => {
  if (rows.length === 0) return;
  event.preventDefault();
  const href = URL.createObjectURL(new Blob([`\ufeff${reviewCsv(visible(), new URL(config.base, location.href).href)}`], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = href;
  a.download = csv.download;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
});

form.addEventListener("change", (event) => {
  const select = event.target as HTMLSelectElement;
  shown = pageSize;
  setState({ [select.name]: select.value });
});
table.tHead?.addEventListener("click", (event) => {
  const th = (event.target as HTMLElement).closest<HTMLElement>("th[data-key]");
  if (!th?.dataset.key) return;
  const { sort, desc } = state();
  // A first click sorts a figure from the highest down, where a reviewer starts; a second click reverses.
  const descending = sort === th.dataset.key ? !desc : th.dataset.key !== "title";
  setState({ sort: th.dataset.key, order: descending ? "desc" : "asc" });
});
more.addEventListener("click", () => {
  shown += pageSize;
  render();
});

form.hidden = false;
status.textContent = "正在读取……";
fetch(config.data)
  .then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json() as Promise<ReviewRow[]>;
  })
  .then((data) => {
    rows = data;
    table.hidden = false;
    render();
  })
  .catch(() => {
    status.textContent = "审读数据读取失败：请刷新页面；如仍不行，可以直接下载 CSV。";
  });
