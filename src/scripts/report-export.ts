// The report page's 下载 Word / 下载文本 of the whole report, from the outline the page carries (#report-outline).
import type { Outline } from "../collection/outline.ts";
import { downloadText, downloadWord } from "./collection/export.ts";
import { showNotice } from "./collection/notice.ts";

const box = document.getElementById("report-export");
const data = document.getElementById("report-outline")?.textContent;
if (box && data) {
  const parsed = JSON.parse(data) as Outline;
  // The source is written site-relative at build time; the file names it with the address it was read at.
  const outline: Outline = { ...parsed, sources: parsed.sources.map((s) => ({ ...s, url: new URL(s.url, location.href).href })) };
  box.hidden = false;
  box.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-export]");
    if (!button) return;
    button.disabled = true;
    (button.dataset.export === "docx" ? downloadWord(outline) : downloadText(outline))
      .catch((error: unknown) => {
        console.warn(error);
        showNotice("导出失败，请重试；如仍不行，请换用较新的浏览器。");
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}
