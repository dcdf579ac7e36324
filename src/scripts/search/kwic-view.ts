// The concordance (KWIC) view of the search page: every occurrence as one line, sortable, copyable.
import { kwicLines, sortLines, toCsv, toPlainText, type KwicLine } from "../../search/kwic.ts";
import type { SearchState } from "../../search/query-state.ts";
import { el } from "./dom.ts";
import type { SearchPassage, SearchRecord } from "../../search/report-record.ts";

/** A concordance is built from the matching passages of this many reports at most; beyond, it says it stopped. */
export const kwicLimit = 200;
/** Characters of context on each side of a KWIC line. */
const kwicWidth = 24;

/** Where the view draws and what its copy and CSV controls are. */
export interface KwicElements {
  box: HTMLElement;
  copy: HTMLButtonElement;
  csv: HTMLAnchorElement;
  base: string;
}

/** Renders the lines of every term in the loaded passages, in the state's order, and wires copy and CSV. */
export function renderKwic(ui: KwicElements, state: SearchState, found: { record: SearchRecord; hits: SearchPassage[] }[], ts: string[], truncated: boolean): void {
  const { box: kwicBox, copy: kwicCopy, csv: kwicCsv } = ui;
  const lines = sortLines(
    found.flatMap(({ record, hits }) => hits.flatMap((p) => ts.flatMap((t) => kwicLines(p.text, t, kwicWidth, { path: `${record.url}#${p.id}`, report: record.title })))),
    state.sort,
  );
  const rows = lines.map((l: KwicLine) =>
    el(
      "tr",
      {},
      el("td", { className: "kwic-left" }, l.left),
      el("td", { className: "kwic-match" }, el("a", { href: `${ui.base}${l.path}`, title: l.report }, el("mark", {}, l.match))),
      el("td", { className: "kwic-right" }, l.right),
    ),
  );
  const caption = el("caption", {}, `共 ${lines.length} 处${truncated ? `（只列出前 ${kwicLimit} 篇报告中的出现）` : ""}`);
  const head = el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "左文"), el("th", { scope: "col" }, "检索词"), el("th", { scope: "col" }, "右文")));
  kwicBox.replaceChildren(el("table", { className: "kwic" }, caption, head, el("tbody", {}, ...rows)));
  const text = toPlainText(lines);
  kwicCopy.onclick = async () => {
    try {
      await navigator.clipboard.writeText(text);
      kwicCopy.textContent = "已复制";
    } catch {
      // Intranet sites over plain http have no clipboard API: offer the text to copy by hand.
      const area = el("textarea", { className: "kwic-text", readOnly: true, value: text, rows: 8 });
      area.setAttribute("aria-label", "KWIC 文本，可全选复制");
      kwicBox.append(area);
      area.select();
    }
  };
  if (kwicCsv.href.startsWith("blob:")) URL.revokeObjectURL(kwicCsv.href);
  kwicCsv.href = URL.createObjectURL(new Blob([`\ufeff${toCsv(lines)}`], { type: "text/csv;charset=utf-8" }));
}
