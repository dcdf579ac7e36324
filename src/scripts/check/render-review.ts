import { statusLabel, type SignalView } from "../../review/explain.ts";
import { el } from "../search/dom.ts";

/** A draft's 审读 signals, in the markup and classes of the report page's panel (src/components/ReviewPanel.astro). */
export function renderReviewPanel(signals: SignalView[]): HTMLElement {
  const list = el("dl", { className: "signals" });
  for (const s of signals) {
    const dt = el("dt", {}, `${s.label} `, el("span", { className: "signal-value" }, s.value));
    if (statusLabel[s.status]) dt.append(el("span", { className: "signal-status" }, statusLabel[s.status]));
    const dd = el("dd", {}, el("p", {}, s.summary));
    for (const g of s.groups) {
      const ul = el("ul");
      for (const e of g.items) {
        const li = el("li", {}, el("a", { href: e.href }, e.label));
        if (e.words.length > 0) li.append(el("span", { className: "signal-words" }, `：${e.words.join("、")}`));
        ul.append(li);
      }
      for (const n of g.notes) ul.append(el("li", {}, n));
      dd.append(el("details", {}, el("summary", {}, `${g.caption}（${g.items.length + g.notes.length}）`), ul));
    }
    dd.append(el("details", { className: "signal-rule" }, el("summary", {}, "规则与局限"), el("p", {}, s.rule), el("p", {}, s.limits)));
    list.append(el("div", { className: `signal signal-${s.status}`, dataset: { signal: s.key } }, dt, dd));
  }
  const heading = el("h2", { id: "check-review-heading" }, "审读");
  const section = el("section", { className: "review-panel" }, heading, el("p", { className: "note" }, "每一项写明依据的规则和找到的条目，由程序按字面判断，供审读时核对，不是评分。证据链接到下面“逐条对照”中的条目。"), list);
  section.setAttribute("aria-labelledby", heading.id);
  return section;
}
