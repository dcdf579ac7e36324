// A report page's 下载 Word / 下载文本 of the whole report, from the report's data file (src/lib/page-report.ts),
// read when first asked for; its 摘录 buttons are wired with every other page's (./collection/site.ts).
import { reportOutline } from "../collection/report-outline.ts";
import { reportTitle } from "../lib/report-title.ts";
import { reportPath, url } from "../lib/urls.ts";
import { reportData } from "./collection/collect-button.ts";
import { downloadText, downloadWord } from "./collection/export.ts";
import { showNotice } from "./collection/notice.ts";

const box = document.getElementById("report-export");
const id = box?.dataset.report;

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
