// The collection page (/collection/): the collected passages as an outline the writer arranges, from the keyboard
// as well as the mouse, then takes away. Every change goes through src/collection/model.ts and is saved at once.
import * as z from "zod/mini";
import { addGroup, addNote, applyTemplate, defaultTitle, editEntry, emptyCollection, moveEntry, moveGroup, moveToGroup, passageCount, removeEntry, removeGroup, renameGroup, setTitle } from "../collection/model.ts";
import { collectionHeadings, collectionOutline, partHeadings } from "../collection/outline.ts";
import { passageTitle } from "../lib/labels.ts";
import { url } from "../lib/urls.ts";
import { collectionParts, templateSchema, type Collection, type CollectionPart, type Entry, type Group, type Template } from "../schemas/collection.ts";
import { copyText, downloadText, downloadWord } from "./collection/export.ts";
import { loadCollection, onOtherTabChange, problemMessages, saveCollection, type StoreProblem } from "./collection/store.ts";
import { el } from "./search/dom.ts";

const app = document.getElementById("collection-app") as HTMLElement;
const status = document.getElementById("collection-status") as HTMLElement;
const outlineBox = document.getElementById("outline") as HTMLElement;
const titleInput = document.getElementById("doc-title") as HTMLInputElement;
const templateSelect = document.getElementById("template") as HTMLSelectElement;
const applyButton = document.getElementById("apply-template") as HTMLButtonElement;
const sourcesBox = document.getElementById("export-sources") as HTMLInputElement;

(document.getElementById("collection-no-script") as HTMLElement).hidden = true;
app.hidden = false;

const loaded = loadCollection();
let state: Collection = loaded.collection;
/** The entry being edited, if any: its text shows as a text box. */
let editing: string | null = null;

function say(text: string): void {
  status.textContent = text;
}

function sayProblem(problem: StoreProblem): void {
  if (problem !== "none") say(problemMessages[problem]);
}

/** Applies a change: shown at once, saved (a storage problem is said, and the change still holds on this page). */
function update(next: Collection, message = ""): void {
  state = next;
  const problem = saveCollection(next);
  render();
  if (problem !== "none") sayProblem(problem);
  else say(message);
}

/** What an entry is called in its buttons' names: its headline or opening words. */
function entryName(e: Entry): string {
  return passageTitle({ headline: e.ref?.headline && e.text.startsWith(e.ref.headline) ? e.ref.headline : "", text: e.text || "（空白段落）" });
}

/** A button whose visible word is short and whose name says what it acts on; found again by its action and id. */
function button(action: string, id: string, word: string, what: string): HTMLButtonElement {
  return el("button", { type: "button", className: "secondary small", dataset: { action, id } }, word, el("span", { className: "visually-hidden" }, `：${what}`));
}

/** Where a group can be picked in the 移到 list: its part and its heading (a long one cut short). */
function groupLabel(g: Group): string {
  const heading = g.heading.length > 24 ? `${g.heading.slice(0, 24)}…` : g.heading;
  return heading ? `${partHeadings[g.part]} · ${heading}` : partHeadings[g.part];
}

function renderEntry(e: Entry, group: Group, labels: Map<string, string>): HTMLLIElement {
  const name = entryName(e);
  const body: Node[] = [];
  if (editing === e.id) {
    const box = el("textarea", { id: `edit-${e.id}`, className: "entry-edit", rows: 6, value: e.text });
    body.push(
      el("label", { htmlFor: box.id, className: "visually-hidden" }, `改写：${name}`),
      box,
      el("div", { className: "entry-actions" }, button("save", e.id, "保存", name), button("cancel", e.id, "取消", name)),
    );
  } else {
    body.push(...e.text.split("\n").map((t) => el("p", { className: "entry-text" }, t)));
  }
  const source = e.ref
    ? el("p", { className: "source" }, "来源：", el("a", { href: url(e.ref.url) }, e.ref.reportTitle), e.text !== e.ref.text ? "（已改写）" : "")
    : el("p", { className: "source" }, "自己写的段落");
  const move = el("select", { id: `move-${e.id}`, dataset: { action: "move-to", id: e.id } });
  move.append(el("option", { value: "" }, "移到…"));
  for (const g of state.groups) if (g.id !== group.id) move.append(el("option", { value: g.id }, labels.get(g.id) ?? ""));
  const actions = el(
    "div",
    { className: "entry-actions" },
    button("up", e.id, "上移", name),
    button("down", e.id, "下移", name),
    ...(editing === e.id ? [] : [button("edit", e.id, "改写", name)]),
    button("remove", e.id, "删除", name),
    el("label", { htmlFor: move.id, className: "visually-hidden" }, `把“${name}”移到别的小标题下`),
    move,
  );
  return el("li", { className: "entry", dataset: { entry: e.id } }, ...body, source, actions);
}

function renderGroup(g: Group, heading: string, labels: Map<string, string>): HTMLElement {
  const input = el("input", { type: "text", id: `heading-${g.id}`, value: g.heading, className: "group-heading", placeholder: "（无小标题）", dataset: { action: "rename", id: g.id } });
  const what = g.heading || partHeadings[g.part];
  const head = el(
    "div",
    { className: "group-head" },
    el("label", { htmlFor: input.id }, heading ? heading.replace(/）.*$/u, "）") : "小标题"),
    input,
    button("group-up", g.id, "上移", `小标题 ${what}`),
    button("group-down", g.id, "下移", `小标题 ${what}`),
    button("note", g.id, "加一段", `在 ${what} 下加自己的文字`),
    button("group-remove", g.id, "删除", `小标题 ${what} 及其下的段落`),
  );
  const list = el("ol", { className: "entries" }, ...g.entries.map((e) => renderEntry(e, g, labels)));
  return el("div", { className: "group", role: "group", ariaLabel: what }, head, g.entries.length ? list : el("p", { className: "facts" }, "这个小标题下还没有段落。"));
}

function render(): void {
  titleInput.value = state.title;
  const numbered = collectionHeadings(state);
  const labels = new Map(state.groups.map((g) => [g.id, groupLabel(g)]));
  const parts = collectionParts.filter((part) => part !== "other" || state.groups.some((g) => g.part === "other"));
  const sections = parts.map((part) => {
    const groups = state.groups.filter((g) => g.part === part);
    return el(
      "section",
      { className: "part", ariaLabel: partHeadings[part] },
      el("h3", {}, numbered.get(part) ?? partHeadings[part]),
      ...groups.map((g) => renderGroup(g, numbered.get(g.id) ?? "", labels)),
      el("p", {}, button("add-group", part, "添加小标题", `在 ${partHeadings[part]} 下`)),
    );
  });
  const count = passageCount(state);
  outlineBox.replaceChildren(
    el("p", { className: "facts" }, count > 0 ? `共 ${count} 条摘录。` : "还没有摘录：在报告页、问题类型页或检索结果中按“摘录”收集条目，或者先从模板排出方面。"),
    ...sections,
  );
}

/** Puts focus back on the control of the same action and item after a re-render, so the keyboard stays where it was. */
function refocus(action: string, id: string): void {
  outlineBox.querySelector<HTMLElement>(`[data-action="${CSS.escape(action)}"][data-id="${CSS.escape(id)}"]`)?.focus();
}

outlineBox.addEventListener("click", (event) => {
  const target = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  if (!target) return;
  const { action = "", id = "" } = target.dataset;
  const entry = state.groups.flatMap((g) => g.entries).find((e) => e.id === id);
  const name = entry ? entryName(entry) : "";
  switch (action) {
    case "up":
    case "down":
      update(moveEntry(state, id, action === "up" ? -1 : 1), `已${action === "up" ? "上移" : "下移"}：${name}`);
      return refocus(action, id);
    case "edit":
      editing = id;
      render();
      return void document.getElementById(`edit-${id}`)?.focus();
    case "save": {
      const box = document.getElementById(`edit-${id}`) as HTMLTextAreaElement | null;
      editing = null;
      update(editEntry(state, id, (box?.value ?? "").replace(/\r\n?/g, "\n").trim()), "已保存改写。");
      return refocus("edit", id);
    }
    case "cancel":
      editing = null;
      render();
      return refocus("edit", id);
    case "remove":
      update(removeEntry(state, id), `已删除：${name}`);
      return void titleInput.focus();
    case "group-up":
    case "group-down":
      update(moveGroup(state, id, action === "group-up" ? -1 : 1));
      return refocus(action, id);
    case "group-remove":
      update(removeGroup(state, id), "已删除小标题及其下的段落。");
      return void titleInput.focus();
    case "note": {
      const next = addNote(state, id, "");
      const added = next.groups.find((g) => g.id === id)?.entries.at(-1);
      editing = added?.id ?? null;
      update(next);
      return void (added && document.getElementById(`edit-${added.id}`)?.focus());
    }
    case "add-group": {
      const next = addGroup(state, id as CollectionPart, "新的小标题");
      const added = next.groups.find((g) => !state.groups.includes(g));
      update(next);
      const input = added && (document.getElementById(`heading-${added.id}`) as HTMLInputElement | null);
      input?.focus();
      input?.select();
      return;
    }
  }
});

outlineBox.addEventListener("change", (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  const { action = "", id = "" } = target.dataset;
  if (action === "rename") update(renameGroup(state, id, target.value.trim()));
  if (action === "move-to" && target.value) {
    const to = state.groups.find((g) => g.id === target.value);
    update(moveToGroup(state, id, target.value), `已移到：${to ? groupLabel(to) : ""}`);
    refocus("up", id);
  }
});

titleInput.addEventListener("change", () => update(setTitle(state, titleInput.value.trim() || defaultTitle)));

/** Tells whether anything can be exported, and says so when not. */
function exportable(): boolean {
  if (state.groups.some((g) => g.entries.length > 0 || g.heading)) return true;
  say("提纲是空的：先摘录一些条目，或从模板排出方面。");
  return false;
}

function currentOutline() {
  return collectionOutline(state, { sources: sourcesBox.checked, siteUrl: new URL(url(), location.href).href });
}

function exporting(id: string, run: () => Promise<void>, done: string): void {
  const b = document.getElementById(id) as HTMLButtonElement;
  b.addEventListener("click", () => {
    if (!exportable()) return;
    b.disabled = true;
    say("正在生成…");
    run()
      .then(() => say(done))
      .catch((error: unknown) => {
        console.warn(error);
        say("导出失败，请重试；如仍不行，请换用较新的浏览器。");
      })
      .finally(() => {
        b.disabled = false;
      });
  });
}
exporting("export-docx", () => downloadWord(currentOutline()), "已生成 Word 文档，请在浏览器的下载中查看。");
exporting("export-txt", () => downloadText(currentOutline()), "已生成文本文件，请在浏览器的下载中查看。");
(document.getElementById("export-copy") as HTMLButtonElement).addEventListener("click", () => {
  if (!exportable()) return;
  void copyText(currentOutline()).then((ok) => say(ok ? "已复制到剪贴板，可以粘贴到 Word 或 WPS 中。" : "浏览器不允许复制到剪贴板：请改用“下载文本”。"));
});

(document.getElementById("clear-all") as HTMLButtonElement).addEventListener("click", () => {
  if (!confirm("清空全部摘录、小标题和自己写的段落？此操作不能撤销。")) return;
  editing = null;
  update(emptyCollection(), "已清空。");
});

let templates: Template[] = [];
const kindNames = { personal: "个人", team: "班子" } as const;
applyButton.addEventListener("click", () => {
  const t = templates[Number(templateSelect.value)];
  if (!t) return;
  const title = state.title === defaultTitle ? `${t.year}年度${t.meeting}${t.kind === "team" ? "领导班子" : "个人"}对照检查材料` : undefined;
  update(applyTemplate(state, t.aspects, title), `已按 ${t.year} 年度${t.meeting}（${kindNames[t.kind]}）排出 ${t.aspects.length} 个方面。`);
});

async function loadTemplates(): Promise<void> {
  try {
    const res = await fetch(url("data/templates.json"));
    templates = z.array(templateSchema).parse(await res.json());
  } catch (error) {
    console.warn(error);
    templates = [];
  }
  templateSelect.replaceChildren(
    ...templates.map((t, i) => el("option", { value: String(i) }, `${t.year} 年度 · ${t.meeting} · ${kindNames[t.kind]}（${t.aspects.length} 个方面，据 ${t.reports} 篇）`)),
  );
  if (templates.length === 0) templateSelect.append(el("option", { value: "" }, "语料中没有可用的模板"));
  applyButton.disabled = templates.length === 0;
}

onOtherTabChange(() => {
  const now = loadCollection();
  if (now.problem !== "none") return;
  state = now.collection;
  render();
});

render();
sayProblem(loaded.problem);
void loadTemplates();
