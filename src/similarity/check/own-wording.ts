import { stockMask, type StockSet } from "./stock-phrases.ts";

/**
 * A text's letters as copying is counted on them: which are stock wording, which are Han, and how many of its Han
 * characters are its own (not stock). The 查重 of an item against a passage and the batch's drafts against each
 * other count alike.
 */
export interface OwnWording {
  stock: Uint8Array;
  han: Uint8Array;
  /** Han characters outside stock wording. */
  own: number;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

export function ownWording(chars: string, stock: StockSet): OwnWording {
  const stockAt = stockMask(chars, stock);
  const han = Uint8Array.from(chars, (ch) => (isHan(ch) ? 1 : 0));
  // Similarity is measured on a text's own wording: its formulas would make every report alike.
  const own = han.reduce((s, h, j) => s + (h && !stockAt[j] ? 1 : 0), 0);
  return { stock: stockAt, han, own };
}

/**
 * The own Han characters of a shared run of letters [from, to), or null where fewer than minRun of its letters are
 * not stock wording: a run that is mostly the genre's formulas is not copying.
 */
export function countedRun(w: OwnWording, from: number, to: number, minRun: number): number | null {
  let notStock = 0;
  let han = 0;
  for (let j = from; j < to; j++) {
    if (w.stock[j]) continue;
    notStock++;
    han += w.han[j] as number;
  }
  return notStock < minRun ? null : han;
}
