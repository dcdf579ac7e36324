// The 摘录 button: adds a passage to the collection, or takes it out again (aria-pressed says which).
// Any page uses it: static pages render CollectButton.astro and call wireCollectButtons(); pages that render
// passages in the browser call createCollectButton(ref) for each.
import { hasPassage, refKey, togglePassage } from "../../collection/model.ts";
import { excerptRefSchema, type ExcerptRef } from "../../schemas/collection.ts";
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

/** Makes a button (a new one, or CollectButton.astro's) collect `ref`, and shows it. */
export function wireCollectButton(button: HTMLButtonElement, ref: ExcerptRef): HTMLButtonElement {
  if (!listening) {
    onCollectionChange(refresh);
    listening = true;
  }
  const key = refKey(ref);
  wired.set(button, key);
  const { collection } = loadCollection();
  button.setAttribute("aria-pressed", String(hasPassage(collection, key)));
  button.title = "加入摘录（再按一次取消），在“摘录”页整理、导出为 Word";
  button.hidden = false;
  // Where the browser keeps no site data the button still answers, with the reason nothing is kept.
  button.addEventListener("click", () => {
    const now = loadCollection();
    if (now.problem === "unavailable") return showNotice(problemMessages.unavailable);
    const problemNow = saveCollection(togglePassage(now.collection, ref));
    if (problemNow !== "none") showNotice(problemMessages[problemNow]);
  });
  return button;
}

/** A new 摘录 button for a passage rendered in the browser (search results, check results). */
export function createCollectButton(ref: ExcerptRef): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "collect secondary";
  button.textContent = "摘录";
  return wireCollectButton(button, ref);
}

/** Wires every CollectButton.astro under `root`; a button whose data cannot be read stays hidden. */
export function wireCollectButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-collect]")) {
    try {
      const ref = excerptRefSchema.parse(JSON.parse(button.dataset.collect ?? ""));
      wireCollectButton(button, ref);
    } catch (error) {
      console.warn("摘录按钮的数据无法读取", error);
    }
  }
}
