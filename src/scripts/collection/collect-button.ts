// The 摘录 button: adds a passage to the collection, or takes it out again (aria-pressed says which).
// Any page uses it: static pages name a passage in a `data-collect` attribute, which wireCollectButtons() gives a
// button; pages that render passages in the browser call createCollectButton(ref) for each.
import { hasPassage, refKey, togglePassage } from "../../collection/model.ts";
import { excerptRef } from "../../lib/excerpt-ref.ts";
import type { PageReport } from "../../lib/page-report.ts";
import { reportDataPath, url } from "../../lib/urls.ts";
import type { ExcerptRef } from "../../schemas/collection.ts";
import { showNotice } from "./notice.ts";
import { loadCollection, onCollectionChange, problemMessages, saveCollection } from "./store.ts";

/** Every wired button with the key of its passage, to show the state when the collection changes. */
const wired = new Map<HTMLButtonElement, string>();

function refresh(): void {
  const { collection } = loadCollection();
  for (const [button, key] of wired) {
    if (!button.isConnected) wired.delete(button);
    else button.setAttribute("aria-pressed", String(hasPassage(collection, key)));
  }
}

let listening = false;

/**
 * Makes a new button collect a passage, and shows it. The passage is given, or
 * read when first collected (`load`): list pages carry only its ids, as the text would double their size.
 */
export function wireCollectButton(button: HTMLButtonElement, ref: ExcerptRef | { key: Pick<ExcerptRef, "reportId" | "passageId">; load: () => Promise<ExcerptRef> }): HTMLButtonElement {
  if (!listening) {
    onCollectionChange(refresh);
    listening = true;
  }
  const key = refKey("key" in ref ? ref.key : ref);
  wired.set(button, key);
  const { collection } = loadCollection();
  button.setAttribute("aria-pressed", String(hasPassage(collection, key)));
  button.title = "加入摘录（再按一次取消），在“摘录”页整理、导出为 Word";
  button.hidden = false;
  // Where the browser keeps no site data the button still answers, with the reason nothing is kept.
  button.addEventListener("click", async () => {
    const now = loadCollection();
    if (now.problem === "unavailable") return showNotice(problemMessages.unavailable);
    let passage: ExcerptRef;
    try {
      passage = "key" in ref ? (hasPassage(now.collection, key) ? { ...emptyRef, ...ref.key } : await ref.load()) : ref;
    } catch (error) {
      console.warn(error);
      return showNotice("这一条的原文读不出来（可能网络中断），请稍后再按一次，或到报告页摘录。");
    }
    const problemNow = saveCollection(togglePassage(loadCollection().collection, passage));
    if (problemNow !== "none") showNotice(problemMessages[problemNow]);
  });
  return button;
}

/** Enough of a ref to take a collected passage out again: only its key counts then. */
const emptyRef: Omit<ExcerptRef, "reportId" | "passageId"> = { url: "", reportTitle: "", section: "other", aspectHeading: "", aspectTopic: "", headline: "", text: "" };

/** A report's data file (src/pages/data/reports/), fetched once per report. */
const reports = new Map<string, Promise<PageReport>>();

export function reportData(reportId: string): Promise<PageReport> {
  let p = reports.get(reportId);
  if (!p) {
    p = fetch(url(reportDataPath(reportId))).then((res) => (res.ok ? (res.json() as Promise<PageReport>) : Promise.reject(new Error(`${res.status}`))));
    reports.set(reportId, p);
    p.catch(() => reports.delete(reportId));
  }
  return p;
}

/** The passage of a report as a 摘录 hands it over, read from its data file. */
async function loadRef(reportId: string, passageId: string): Promise<ExcerptRef> {
  const report = await reportData(reportId);
  const passage = report.passages.find((p) => p.id === passageId);
  if (!passage) throw new Error(`${reportId}#${passageId} 不在报告的数据文件中`);
  return excerptRef(reportId, report, passage);
}

/**
 * A new 摘录 button: for a passage rendered in the browser (search results, check results), or for one of a report's
 * data file, read when first collected (the report page's passages).
 */
export function createCollectButton(ref: ExcerptRef | { reportId: string; passageId: string }): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "collect secondary";
  button.textContent = "摘录";
  return wireCollectButton(button, "text" in ref ? ref : lazyRef(ref.reportId, ref.passageId));
}

const lazyRef = (reportId: string, passageId: string) => ({ key: { reportId, passageId }, load: () => loadRef(reportId, passageId) });

/**
 * Adds a 摘录 button to every element under `root` that names a passage in `data-collect` (`<report id>#<passage id>`).
 * Pages carry only the attribute: without JavaScript there is nothing to collect into, and a theme page lists
 * hundreds of passages, each of whose hidden buttons cost more than its link.
 */
export function wireCollectButtons(root: ParentNode = document): void {
  for (const holder of root.querySelectorAll<HTMLElement>("[data-collect]")) {
    const [reportId = "", passageId = ""] = (holder.dataset.collect ?? "").split("#");
    if (reportId && passageId) holder.append(createCollectButton({ reportId, passageId }));
  }
}
