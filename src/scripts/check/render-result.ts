import type { CheckManifest } from "../../schemas/check-index.ts";
import type { Span } from "../../similarity/shared-spans.ts";
import type { CheckResult, ItemResult, Match } from "../../similarity/check/check-draft.ts";
import type { ParsedDraft } from "../../similarity/check/parse-draft.ts";
import { percent, topSources } from "../../similarity/check/summary.ts";
import type { ExcerptRef } from "../../schemas/collection.ts";
import { createCollectButton } from "../collection/collect-button.ts";
import { el } from "../search/dom.ts";

/** What a matched passage's 摘录 button hands over to the collection. */
function excerptOf(m: Match): ExcerptRef {
  const { report, passage } = m;
  return {
    reportId: report.id,
    passageId: passage.id,
    url: m.url,
    reportTitle: report.title,
    section: passage.section,
    aspectHeading: passage.aspectHeading,
    aspectTopic: passage.aspectTopic,
    headline: passage.headline,
    text: passage.text,
  };
}

/** What the page knows besides the result: labels and where the site is. */
export interface RenderContext {
  base: string;
  labels: { theme: Record<string, string>; section: Record<string, string> };
  manifest: CheckManifest;
}

/** A text with spans marked, each kind by its own element: shared wording as <mark>, stock wording as a span. Always text, never markup. */
export function markedText(text: string, marks: { spans: Span[]; make: () => HTMLElement }[], tag: "p" | "span" = "p"): HTMLElement {
  const all = marks.flatMap(({ spans, make }) => spans.map(([s, e]) => ({ s, e, make }))).sort((a, b) => a.s - b.s);
  const out = el(tag, { className: "marked-text" });
  let at = 0;
  for (const { s, e, make } of all) {
    if (s < at) continue;
    if (s > at) out.append(text.slice(at, s));
    const m = make();
    m.textContent = text.slice(s, e);
    out.append(m);
    at = e;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

const copiedMark = () => el("mark");
const stockMark = () => el("span", { className: "stock", title: "套话：在很多材料中都有，不算重复" });

const itemLabel = (r: ItemResult, i: number, ctx: RenderContext) =>
  `第 ${i + 1} 条 · ${ctx.labels.section[r.item.section] ?? r.item.section}${r.item.headline ? ` · ${r.item.headline}` : ""}`;

/** The overall figures, the sources, identity words and the theme profile. */
export function renderSummary(result: CheckResult, draft: ParsedDraft, ctx: RenderContext, year: number | null): HTMLElement[] {
  const matched = result.items.filter((i) => i.matches.length > 0).length;
  const stock = result.items.reduce((s, i) => s + i.stockSpans.reduce((t, [a, b]) => t + (b - a), 0), 0);
  const out: HTMLElement[] = [
    el(
      "p",
      { className: "check-share" },
      "文字重复率 ",
      el("strong", {}, percent(result.share)),
      `：草稿 ${result.han} 个汉字中，${result.copied} 个在语料库中逐字出现（连续 ${ctx.manifest.minRun} 字以上）。共 ${result.items.length} 条，其中 ${matched} 条有相似度不低于 ${percent(ctx.manifest.threshold)} 的来源；套话约 ${stock} 字，不计入。`,
    ),
  ];
  const sources = topSources(result);
  if (sources.length > 0) {
    const table = el("table", { className: "check-sources" }, el("caption", {}, "主要来源"));
    table.append(el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "报告"), el("th", { scope: "col" }, "条数"), el("th", { scope: "col" }, "相同字数"))));
    const body = el("tbody");
    for (const s of sources) body.append(el("tr", {}, el("td", {}, el("a", { href: `${ctx.base}${s.report.url}` }, s.report.title)), el("td", {}, String(s.items)), el("td", {}, String(s.chars))));
    table.append(body);
    out.push(table);
  }
  const slips = result.items.flatMap((r, i) => r.matches.flatMap((m) => m.identity.map((w) => ({ r, i, m, w }))));
  if (slips.length > 0) {
    const list = el("ul");
    for (const { r, i, m, w } of slips) {
      list.append(el("li", {}, `${itemLabel(r, i, ctx)}：“${w.word}”随抄来的文字而来（来源：`, el("a", { href: `${ctx.base}${m.url}` }, m.report.title), `${m.report.unit ? `，单位 ${m.report.unit}` : ""}）；草稿其余部分没有这类${w.field === "unit" ? "单位" : "职务"}用语。`));
    }
    out.push(el("section", { className: "check-identity", ariaLabel: "身份用语" }, el("h3", {}, "与草稿不符的身份用语"), list));
  }
  out.push(renderProfile(draft, ctx, year));
  return out;
}

/** The draft's themes beside those most reports of its year cover. */
function renderProfile(draft: ParsedDraft, ctx: RenderContext, year: number | null): HTMLElement {
  const section = el("section", { className: "check-profile", ariaLabel: "问题类型对照" }, el("h3", {}, "问题类型对照"));
  const own = new Set(draft.report.themes);
  const name = (id: string) => ctx.labels.theme[id] ?? id;
  section.append(el("p", {}, own.size ? `草稿涉及：${[...own].map(name).join("、")}。` : "草稿中没有能归类的问题。"));
  const profile = ctx.manifest.years.find((y) => y.year === year);
  if (!profile) {
    section.append(el("p", {}, year ? `语料库中没有 ${year} 年度的材料可对照。` : "没有判断出草稿的年度：请在上面选择年度。"));
    return section;
  }
  const rows = Object.entries(profile.themes)
    .map(([id, n]) => ({ id, n, share: n / profile.reports }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
  const missing = rows.filter((r) => r.share >= 0.5 && !own.has(r.id));
  section.append(
    el("p", {}, missing.length ? `${year} 年度的 ${profile.reports} 篇材料中，多数涉及而草稿没有写到的：${missing.map((r) => `${name(r.id)}（${r.n} 篇）`).join("、")}。` : `${year} 年度多数材料涉及的问题类型，草稿都写到了。`),
  );
  const table = el("table", {}, el("caption", {}, `${year} 年度 ${profile.reports} 篇材料涉及各问题类型的比例`));
  table.append(el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "问题类型"), el("th", { scope: "col" }, "涉及的材料"), el("th", { scope: "col" }, "草稿"))));
  const body = el("tbody");
  for (const r of rows) body.append(el("tr", {}, el("td", {}, name(r.id)), el("td", {}, `${r.n} 篇（${percent(r.share)}）`), el("td", {}, own.has(r.id) ? "有" : "—")));
  table.append(body);
  section.append(table);
  return section;
}

/** One match: the item and the passage side by side, shared wording marked in both, with the link to the passage. */
export function renderMatch(item: ItemResult, m: Match, ctx: RenderContext): HTMLElement {
  const where = [ctx.labels.section[m.passage.section], m.passage.heading].filter(Boolean).join(" · ");
  return el(
    "div",
    { className: "pair" },
    el("p", { className: "pair-figures" }, "相似度 ", el("strong", {}, percent(m.similarity)), `（草稿这一条除套话外的字中，与来源逐字相同的比例）`),
    el(
      "div",
      { className: "pair-sides" },
      el("div", { className: "pair-side" }, el("p", { className: "pair-source" }, "草稿"), markedText(item.item.text, [{ spans: m.spans, make: copiedMark }])),
      el(
        "div",
        { className: "pair-side" },
        el("p", { className: "pair-source" }, el("a", { href: `${ctx.base}${m.url}` }, m.report.title), " ", el("span", { className: "where" }, where), " ", createCollectButton(excerptOf(m))),
        markedText(m.passage.text, [{ spans: m.theirs, make: copiedMark }]),
      ),
    ),
  );
}

/** The anchor of a draft's item in the 逐条对照 list, by its passage id: where the 审读 evidence links. */
export const itemId = (passage: string) => `item-${passage}`;

/** Every item: its text with copied and stock wording marked, its share, and its sources; each anchored by its passage id. */
export function renderItems(result: CheckResult, ctx: RenderContext, ids: string[]): HTMLElement {
  const list = el("ol", { className: "check-items" });
  result.items.forEach((r, i) => {
    const li = el("li", { className: r.matches.length ? "check-item has-match" : "check-item", id: itemId(ids[i] ?? String(i + 1)) });
    li.append(
      el("h3", {}, itemLabel(r, i, ctx)),
      el("p", { className: "item-share" }, `本条重复率 ${percent(r.han ? r.copied / r.han : 0)}${r.matches.length ? `，${r.matches.length} 个相似来源` : "，没有相似来源"}`),
    );
    if (r.matches.length === 0) li.append(markedText(r.item.text, [{ spans: r.copiedSpans, make: copiedMark }, { spans: r.stockSpans, make: stockMark }]));
    for (const m of r.matches) li.append(renderMatch(r, m, ctx));
    list.append(li);
  });
  return list;
}

/** "Find examples like this": the nearest passages by wording, and those of the paragraph's theme among them. */
export function renderExamples(result: CheckResult, ctx: RenderContext): HTMLElement[] {
  const item = result.items[0];
  if (!item) return [el("p", {}, "这段文字中没有可以比较的内容。")];
  const shown = 5;
  const byWording = item.nearest.filter((m) => m.nearness > 0).slice(0, shown);
  const theme = item.item.themes[0];
  const byTheme = theme ? item.nearest.filter((m) => m.passage.themes.includes(theme)).slice(0, shown) : [];
  const list = (matches: Match[]) => {
    const ol = el("ol", { className: "example-list" });
    for (const m of matches) {
      ol.append(
        el(
          "li",
          {},
          el("p", { className: "pair-source" }, el("a", { href: `${ctx.base}${m.url}` }, m.report.title), ` 用词相近 ${percent(m.nearness)}${m.similarity > 0 ? `，逐字相同 ${percent(m.similarity)}` : ""} `, createCollectButton(excerptOf(m))),
          markedText(m.passage.text, [{ spans: m.theirs, make: copiedMark }]),
        ),
      );
    }
    return ol;
  };
  const out: HTMLElement[] = [el("h3", {}, "用词相近的条目")];
  out.push(byWording.length ? list(byWording) : el("p", {}, "语料库中没有用词相近的条目。"));
  if (theme) {
    out.push(el("h3", {}, `同属“${ctx.labels.theme[theme] ?? theme}”的条目`));
    out.push(byTheme.length ? list(byTheme) : el("p", {}, "找到的条目中没有同一问题类型的。"));
    out.push(el("p", {}, el("a", { href: `${ctx.base}themes/${theme}/` }, `查看“${ctx.labels.theme[theme] ?? theme}”的全部条目`)));
  }
  return out;
}
