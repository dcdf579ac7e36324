// A report page's scripts, from the report data the page carries (#report-data, src/lib/page-report.ts):
// its 摘录 buttons, and 下载 Word / 下载文本 of the whole report.
import { reportOutline } from "../collection/report-outline.ts";
import { excerptRef } from "../lib/excerpt-ref.ts";
import type { PageReport } from "../lib/page-report.ts";
import { reportTitle } from "../lib/report-title.ts";
import { reportPath, url } from "../lib/urls.ts";
import { wireCollectButton } from "./collection/collect-button.ts";
import { downloadText, downloadWord } from "./collection/export.ts";
import { showNotice } from "./collection/notice.ts";

const data = document.getElementById("report-data")?.textContent;
const report = data ? (JSON.parse(data) as PageReport) : null;

if (report) {
  const passages = new Map(report.passages.map((p) => [p.id, p]));
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-collect-passage]:not([data-collect-report])")) {
    const p = passages.get(button.dataset.collectPassage ?? "");
    if (p) wireCollectButton(button, excerptRef(report.id, report, p));
  }

  const box = document.getElementById("report-export");
  // The file names the report by the address it was read at.
  const outline = reportOutline(report, reportTitle(report), new URL(url(reportPath(report.id)), location.href).href);
  if (box) {
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
}
