import type { Root } from "mdast";
import { asciiDigits } from "./normalize-text.ts";
import { plain } from "./remark-normalize.ts";

const n = "\\s*[0-9０-９]{1,4}\\s*";
const dash = "[-—–－―─~～·•]+";
// `— 3 —` (the official-document style), `- 3 -`, `第 3 页`, `第3页 共10页`, `共10页 第3页`, `3/10`.
const pageMark = new RegExp(`^\\s*(?:${dash}${n}${dash}|第${n}[页頁](?:\\s*[,，/]?\\s*共${n}[页頁])?|共${n}[页頁]\\s*第${n}[页頁]|${n}/${n})\\s*$`, "u");
const bare = new RegExp(`^${n}$`, "u");
/** Fewest lines between two bare page numbers: closer numbers are a list or a table column, not pages. */
const minPageLines = 5;

/** Drops page-number lines left by text copied out of a PDF; a bare number only where it counts pages with its neighbours. */
export function remarkDropPageNumbers() {
  return (tree: Root) => {
    const lines = tree.children.map((node) => (node.type === "paragraph" ? plain(node) : null));
    const pages = barePageNumbers(lines);
    tree.children = tree.children.filter((_, i) => {
      const line = lines[i];
      return line === null || line === undefined || !(pages.has(i) || pageMark.test(line));
    });
  };
}

/** Indices of bare-number lines that run 1, 2, 3… with at least `minPageLines` lines between them. */
export function barePageNumbers(lines: (string | null)[]): Set<number> {
  const found = lines.flatMap((line, i) => (line !== null && bare.test(line) ? [{ i, n: Number(asciiDigits(line.trim())) }] : []));
  const pages = new Set<number>();
  found.forEach((page, k) => {
    const next = found[k + 1];
    if (next && next.n === page.n + 1 && next.i - page.i > minPageLines) pages.add(page.i).add(next.i);
  });
  return pages;
}
