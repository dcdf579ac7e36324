import { comparedText } from "../../text/script.ts";
import { runHashes } from "../hash.ts";
import type { Span } from "../shared-spans.ts";
import { comparable, type Comparable } from "../shingles.ts";
import { stockMask, type StockSet } from "./stock-phrases.ts";

/** A draft as the batch compares it: its items' text (in simplified characters where given). */
export type PeerDraft = { text: string; simplified?: string }[];

/** Shared wording of one item of a draft with another draft. */
export interface PeerItem {
  /** The item's index in its draft. */
  item: number;
  /** Its own Han characters (stock wording left out), and how many of them are found in the other draft. */
  own: number;
  shared: number;
  /** The shared runs, as ranges of the item's text. */
  spans: Span[];
}

/** How much of one draft of the batch (`from`) is found word for word in another (`to`). */
export interface PeerPair {
  from: number;
  to: number;
  /** Share of `from`'s own Han characters (stock wording left out) inside runs of at least minRun found in `to`. */
  share: number;
  shared: number;
  /** The items of `from` with shared wording, in reading order. */
  items: PeerItem[];
}

/** What counts as shared: runs of at least minRun characters (the 查重's), its stock wording left out. */
export interface PeerOptions {
  minRun: number;
  stock: StockSet;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

interface PreparedItem {
  c: Comparable;
  hashes: Uint32Array;
  stock: Uint8Array;
  han: Uint8Array;
  own: number;
}

function prepare(item: PeerDraft[number], options: PeerOptions): PreparedItem {
  const c = comparable(comparedText(item));
  const stock = stockMask(c.chars, options.stock);
  const han = Uint8Array.from(c.chars, (ch) => (isHan(ch) ? 1 : 0));
  const own = han.reduce((s, h, j) => s + (h && !stock[j] ? 1 : 0), 0);
  return { c, hashes: runHashes(c.chars, options.minRun), stock, han, own };
}

/** Whether two texts hold the same n characters at the given places: a hash match is checked, never trusted. */
function sameRun(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * For every ordered pair of drafts (A, B), how much of A is found word for word in B, and where. Every draft's
 * minRun-character runs are hashed into one index once; each draft then looks its runs up and marks, per other
 * draft holding them, the runs it shares: work grows with the batch's text and the wording actually shared,
 * never with the pairs compared character by character. Pure and deterministic.
 */
export function findPeers(drafts: PeerDraft[], options: PeerOptions): PeerPair[] {
  const { minRun } = options;
  const prepared = drafts.map((items) => items.map((item) => prepare(item, options)));
  // The index: run hash → chain of (draft, item, position), in flat arrays.
  const runs = prepared.reduce((n, items) => n + items.reduce((m, p) => m + p.hashes.length, 0), 0);
  const draftOf = new Int32Array(runs);
  const itemOf = new Int32Array(runs);
  const posOf = new Int32Array(runs);
  const next = new Int32Array(runs).fill(-1);
  const head = new Map<number, number>();
  let n = 0;
  prepared.forEach((items, d) =>
    items.forEach((p, i) =>
      p.hashes.forEach((h, pos) => {
        draftOf[n] = d;
        itemOf[n] = i;
        posOf[n] = pos;
        next[n] = head.get(h) ?? -1;
        head.set(h, n++);
      }),
    ),
  );

  const pairs: PeerPair[] = [];
  prepared.forEach((items, a) => {
    // Per other draft, the runs of A it holds, as flat (item, position) pairs in reading order.
    const found = new Map<number, number[]>();
    const lastSeen = new Int32Array(drafts.length).fill(-1);
    let window = 0;
    items.forEach((p, i) =>
      p.hashes.forEach((h, pos) => {
        window++;
        for (let e = head.get(h) ?? -1; e >= 0; e = next[e] as number) {
          const b = draftOf[e] as number;
          if (b === a || lastSeen[b] === window) continue;
          const other = prepared[b]?.[itemOf[e] as number] as PreparedItem;
          if (!sameRun(p.c.chars, pos, other.c.chars, posOf[e] as number, minRun)) continue;
          lastSeen[b] = window;
          const list = found.get(b) ?? [];
          list.push(i, pos);
          found.set(b, list);
        }
      }),
    );
    const own = items.reduce((s, p) => s + p.own, 0);
    drafts.forEach((_, b) => {
      if (b === a) return;
      const shared = sharedItems(items, found.get(b) ?? [], minRun);
      const chars = shared.reduce((s, x) => s + x.shared, 0);
      pairs.push({ from: a, to: b, share: own ? chars / own : 0, shared: chars, items: shared });
    });
  });
  return pairs;
}

/**
 * The found runs merged into stretches per item, each counted as the 查重 counts a shared run: its own Han
 * characters, and nothing where fewer than minRun of its characters are not stock wording.
 */
function sharedItems(items: PreparedItem[], found: number[], minRun: number): PeerItem[] {
  const out: PeerItem[] = [];
  for (let k = 0; k < found.length; ) {
    const i = found[k] as number;
    const p = items[i] as PreparedItem;
    const result: PeerItem = { item: i, own: p.own, shared: 0, spans: [] };
    while (k < found.length && found[k] === i) {
      const start = found[k + 1] as number;
      let end = start + minRun;
      k += 2;
      while (k < found.length && found[k] === i && (found[k + 1] as number) <= end) {
        end = Math.max(end, (found[k + 1] as number) + minRun);
        k += 2;
      }
      let notStock = 0;
      let han = 0;
      for (let j = start; j < end; j++) {
        if (p.stock[j]) continue;
        notStock++;
        han += p.han[j] as number;
      }
      if (notStock < minRun) continue;
      result.shared += han;
      result.spans.push([p.c.at[start] as number, (p.c.at[end - 1] as number) + 1]);
    }
    if (result.spans.length) out.push(result);
  }
  return out;
}

/** The other drafts of the batch by how much of draft `from` each holds, highest first (the batch's order breaks ties). */
export function peersOf(pairs: PeerPair[], from: number): PeerPair[] {
  return pairs.filter((p) => p.from === from).sort((x, y) => y.share - x.share || x.to - y.to);
}
