// An outline as plain text: what 下载文本 and 复制 give.
import { numberedHeadings, type Outline } from "./outline.ts";

/** The outline as lines: title, numbered headings, points numbered 1. 2. … afresh under each heading, the sources last. */
export function outlineText(outline: Outline): string {
  const headings = numberedHeadings(outline);
  const out: string[] = [outline.title, ""];
  outline.sections.forEach((s, si) => {
    const h = headings[si];
    if (h?.section) out.push(h.section);
    s.groups.forEach((g, gi) => {
      const sub = h?.groups[gi];
      if (sub) out.push(sub);
      let n = 0;
      for (const p of g.paragraphs) out.push(p.numbered ? `${++n}. ${p.text}` : p.text);
    });
    out.push("");
  });
  if (outline.sources.length > 0) {
    out.push("材料来源", ...outline.sources.map((s, i) => `${i + 1}. ${s.title} ${s.url}`), "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
