// A report page's 下载 Word / 下载文本 of the whole report, from the report's data file (src/lib/page-report.ts),
// read when first asked for, and each passage's 摘录 button, which reads the passage from that file when first pressed.
import { reportOutline } from "../collection/report-outline.ts";
import { reportTitle } from "../lib/report-title.ts";
import { reportPath, url } from "../lib/urls.ts";
import { createCollectButton, reportData } from "./collection/collect-button.ts";
import { downloadText, downloadWord } from "./collection/export.ts";
import { showNotice } from "./collection/notice.ts";

const box = document.getElementById("report-export");
const id = box?.dataset.report;

// Each passage's 摘录 button is made here rather than rendered hidden in the page: without JavaScript there is nothing
// to collect into, and a report page's twenty-odd buttons were 2 kB of its HTML.
if (id) {
  for (const passage of document.querySelectorAll<HTMLElement>("article.passage")) {
    passage.querySelector(".passage-main > footer")?.append(createCollectButton({ reportId: id, passageId: passage.id }));
  }
}

if (box && id) {
  box.hidden = false;
  box.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-export]");
    if (!button) return;
    button.disabled = true;
    reportData(id)
      .then((report) => {
        // The file names the report by the address it was read at.
        const outline = reportOutline(report, reportTitle(report), new URL(url(reportPath(report.id)), location.href).href);
        return button.dataset.export === "docx" ? downloadWord(outline) : downloadText(outline);
      })
      .catch((error: unknown) => {
        console.warn(error);
        showNotice("导出失败，请重试；如仍不行，请换用较新的浏览器。");
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}
