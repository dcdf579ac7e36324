// The header's 摘录（N）: the number of collected passages, kept up to date across tabs.
import { passageCount } from "../../collection/model.ts";
import { loadCollection, onCollectionChange } from "./store.ts";

export function wireHeaderCount(): void {
  const slot = document.querySelector<HTMLElement>("[data-collection-count]");
  if (!slot) return;
  const show = () => {
    slot.textContent = `（${passageCount(loadCollection().collection)}）`;
  };
  show();
  onCollectionChange(show);
}
