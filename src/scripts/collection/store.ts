// The collection in this browser's localStorage: read, write, and hear of changes made here or in another tab.
import { url } from "../../lib/urls.ts";
import { parseCollection, serializeCollection, storageKey } from "../../collection/storage.ts";
import type { Collection } from "../../schemas/collection.ts";

const key = storageKey(url());
const changed = "duizhao-collection-change";

/** Why the collection cannot be kept: storage switched off (privacy settings), full, or holding something unreadable. */
export type StoreProblem = "none" | "unavailable" | "full" | "unreadable";

/** The words each problem is shown in. */
export const problemMessages: Record<Exclude<StoreProblem, "none">, string> = {
  unavailable: "浏览器禁止本站保存数据（可能关闭了 Cookie 和网站数据，或处于限制存储的模式），摘录无法保存。请在浏览器设置中允许本站保存数据后重试。",
  full: "浏览器为本站保存数据的空间已满，这次改动没有保存。请删去一些摘录或导出后清空，再继续。",
  unreadable: "保存的摘录无法读取（可能是旧版本留下的），已从空白开始；新的摘录会覆盖它。",
};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Reading the property itself throws where the browser blocks site data.
    return null;
  }
}

export function loadCollection(): { collection: Collection; problem: StoreProblem } {
  const s = storage();
  if (!s) return { ...parseCollection(null), problem: "unavailable" };
  try {
    return parseCollection(s.getItem(key));
  } catch {
    return { ...parseCollection(null), problem: "unavailable" };
  }
}

/** Saves the collection and tells this tab's listeners; other tabs hear of it from the storage event. */
export function saveCollection(c: Collection): StoreProblem {
  const s = storage();
  if (!s) return "unavailable";
  try {
    s.setItem(key, serializeCollection(c));
  } catch (error) {
    return error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "unavailable";
  }
  dispatchEvent(new CustomEvent(changed));
  return "none";
}

/** Calls `listener` whenever another tab changes the collection (or clears the site's data). */
export function onOtherTabChange(listener: () => void): void {
  addEventListener("storage", (event) => {
    if (event.key === key || event.key === null) listener();
  });
}

/** Calls `listener` whenever the collection changes, in this tab or another. */
export function onCollectionChange(listener: () => void): void {
  addEventListener(changed, listener);
  onOtherTabChange(listener);
}
