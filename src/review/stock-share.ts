import { stockMask, type StockSet } from "../similarity/check/stock-phrases.ts";
import type { Review } from "../schemas/review.ts";
import { hanAt } from "../text/char-class.ts";

/** Stock stretches listed as evidence. */
const shown = 8;

/**
 * 套话: the Han characters of the passages' letters (their comparable characters) inside stock stretches (the runs
 * found in many reports of the corpus, as the 查重 leaves them out), and the most frequent stretches.
 */
export function stockSignal(letters: string[], stock: StockSet): Review["stock"] {
  let han = 0;
  let inStock = 0;
  const counts = new Map<string, number>();
  let scratch = new Uint8Array(1024);
  for (const chars of letters) {
    if (scratch.length < chars.length) scratch = new Uint8Array(chars.length * 2);
    const mask = stockMask(chars, stock, scratch);
    for (let i = 0; i < chars.length; i++) {
      const n = hanAt(chars, i);
      if (n === 0) continue;
      han++;
      if (mask[i]) inStock++;
      i += n - 1;
    }
    for (let i = 0; i < mask.length; i++) {
      if (!mask[i]) continue;
      let j = i;
      while (j < mask.length && mask[j]) j++;
      const stretch = chars.slice(i, j);
      counts.set(stretch, (counts.get(stretch) ?? 0) + 1);
      i = j;
    }
  }
  const phrases = [...counts]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, shown)
    .map(([text, count]) => ({ text, count }));
  return { han, stock: inStock, phrases };
}
