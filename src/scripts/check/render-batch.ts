import { passageLabeler } from "../../review/explain.ts";
import { isChecked, type BatchEntry, type CheckedDraft } from "../../similarity/check/batch.ts";
import { peersOf, type PeerPair } from "../../similarity/check/peers.ts";
import { percent, topSources } from "../../similarity/check/summary.ts";
import { el } from "../search/dom.ts";
import { itemId, markedText, type RenderContext } from "./render-result.ts";

/**
 * One row per file of the batch: 重复率, main source, each signal's value, the draft holding most of it; the file name
 * is a button that opens the draft's full result. A file that could not be checked shows why.
 */
export function renderBatchTable(entries: BatchEntry[], pairs: PeerPair[], base: string, open: (c: CheckedDraft, button: HTMLButtonElement) => void): HTMLElement {
  const checked = entries.filter(isChecked);
  const labels = checked[0]?.signals.map((s) => s.label) ?? [];
  const columns = ["序号", "文件", "文字重复率", "主要来源", ...labels.map((l) => `审读·${l}`), "最相近的草稿"];
  const table = el("table", { className: "check-batch-table" }, el("caption", {}, "本批草稿（按文件名查看这份的完整结果和审读）"));
  table.append(el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col" }, c)))));
  const body = el("tbody");
  entries.forEach((e, n) => {
    const row = el("tr", {}, el("td", {}, String(n + 1)));
    if (!isChecked(e)) {
      row.className = "check-batch-failed";
      row.append(el("th", { scope: "row" }, e.file), el("td", { colSpan: columns.length - 2 }, `无法查重：${e.error}`));
      body.append(row);
      return;
    }
    // Pressed while its draft is the one shown below.
    const button = el("button", { type: "button", className: "secondary", ariaPressed: "false" }, e.file);
    button.addEventListener("click", () => open(e, button));
    const source = topSources(e.result, 1)[0];
    const peer = peersOf(pairs, checked.indexOf(e)).find((p) => p.share > 0);
    row.append(
      el("th", { scope: "row" }, button),
      el("td", {}, percent(e.result.share)),
      el("td", {}, source ? el("a", { href: `${base}${source.report.url}` }, source.report.title) : "—"),
      ...e.signals.map((s) => el("td", { dataset: { signal: s.key } }, s.value)),
      el("td", {}, peer ? `${(checked[peer.to] as CheckedDraft).file}（${percent(peer.share)}）` : "—"),
    );
    body.append(row);
  });
  table.append(body);
  return table;
}

/** The drafts against each other: each cell the share of the row's draft found in the column's, from the threshold up marked. */
export function renderPeerTable(checked: CheckedDraft[], pairs: PeerPair[], ctx: RenderContext): HTMLElement {
  const { threshold, minRun } = ctx.manifest;
  const share = new Map(pairs.map((p) => [`${p.from}:${p.to}`, p.share]));
  const table = el("table", { className: "check-peer-table" }, el("caption", {}, `两两对照：行中的草稿有多少见于列中的草稿（连续 ${minRun} 字以上逐字相同，不计套话；不低于 ${percent(threshold)} 的加粗标出）`));
  table.append(
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, "草稿"), ...checked.map((c, j) => el("th", { scope: "col", title: c.file }, String(j + 1), el("span", { className: "visually-hidden" }, ` ${c.file}`)))),
    ),
  );
  const body = el("tbody");
  checked.forEach((row, i) => {
    const cells = checked.map((col, j) => {
      if (i === j) return el("td", { ariaLabel: `${row.file}：同一份` }, "—");
      const s = share.get(`${i}:${j}`) ?? 0;
      const high = s >= threshold;
      return el("td", { ...(high ? { className: "peer-high" } : {}), ariaLabel: `${row.file} 的 ${percent(s)} 见于 ${col.file}${high ? `，不低于 ${percent(threshold)}` : ""}` }, high ? el("strong", {}, percent(s)) : percent(s));
    });
    body.append(el("tr", {}, el("th", { scope: "row" }, `${i + 1} ${row.file}`), ...cells));
  });
  table.append(body);
  return table;
}

/** Where the other drafts of the batch hold this one's wording: per draft, the items found in it, marked and linked. */
export function renderPeerEvidence(checked: CheckedDraft[], pairs: PeerPair[], index: number, ctx: RenderContext): HTMLElement {
  const c = checked[index] as CheckedDraft;
  const section = el("section", { className: "check-peers", ariaLabel: "与本批其他草稿的相同文字" }, el("h3", {}, "与本批其他草稿的相同文字"));
  const found = peersOf(pairs, index).filter((p) => p.items.length > 0);
  if (found.length === 0) {
    section.append(el("p", {}, `本份与本批其他草稿没有连续 ${ctx.manifest.minRun} 字以上的相同文字（套话除外）。`));
    return section;
  }
  const { passages, sections } = c.draft.review;
  const label = passageLabeler(passages, sections.flatMap((s) => s.aspects));
  for (const p of found) {
    const list = el("ol", { className: "peer-items" });
    for (const item of p.items) {
      const passage = passages[item.item];
      if (!passage) continue;
      list.append(
        el(
          "li",
          {},
          el("a", { href: `#${itemId(passage.id)}` }, label(passage.id)),
          `（这一条 ${percent(item.own ? item.shared / item.own : 0)}）`,
          markedText(passage.text, [{ spans: item.spans, make: () => el("mark") }]),
        ),
      );
    }
    section.append(
      el("details", { open: p === found[0] && p.share >= ctx.manifest.threshold }, el("summary", {}, `${(checked[p.to] as CheckedDraft).file}：本份 ${percent(p.share)} 见于该份（${p.items.length} 条）`), list),
    );
  }
  return section;
}
