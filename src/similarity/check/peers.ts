import { comparedText } from "../../text/script.ts";
import { runHashes } from "../hash.ts";
import type { Span } from "../shared-spans.ts";
import { comparable, type Comparable } from "../shingles.ts";
import { countedRun, ownWording, type OwnWording } from "./own-wording.ts";
import type { StockSet } from "./stock-phrases.ts";

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

interface PreparedItem extends OwnWording {
  c: Comparable;
  hashes: Uint32Array;
}

function prepare(item: PeerDraft[number], options: PeerOptions): PreparedItem {
  const c = comparable(comparedText(item));
  return { c, hashes: runHashes(c.chars, options.minRun), ...ownWording(c.chars, options.stock) };
}

/** Whether two texts hold the same n characters at the given places: a hash match is checked, never trusted. */
function sameRun(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** The batch's distinct runs: each window's run, and for each run the set of drafts holding it (interned, ascending). */
interface Runs {
  /** Per draft, per item, per window: its run's id. */
  windows: Int32Array[][];
  /** Run id → its holders' set id; set id → the drafts, ascending (0…n−1 are the single drafts). */
  setOf: Int32Array;
  sets: number[][];
}

function distinctRuns(prepared: PreparedItem[][], minRun: number): Runs {
  // hash → the latest run with it, chained through `sameHash`: a hash hit is checked against the run's first place, never trusted.
  const head = new Map<number, number>();
  const sameHash: number[] = [];
  const firstItem: PreparedItem[] = [];
  const firstPos: number[] = [];
  const holder: number[] = [];
  // Most runs are held by one draft: only those held by several keep a list.
  const more = new Map<number, number[]>();
  const windows = prepared.map((items, d) =>
    items.map((p) =>
      Int32Array.from(p.hashes, (h, pos) => {
        let id = head.get(h) ?? -1;
        while (id >= 0 && !sameRun((firstItem[id] as PreparedItem).c.chars, firstPos[id] as number, p.c.chars, pos, minRun)) id = sameHash[id] as number;
        if (id < 0) {
          id = holder.push(d) - 1;
          firstItem.push(p);
          firstPos.push(pos);
          sameHash.push(head.get(h) ?? -1);
          head.set(h, id);
        } else if (holder[id] !== d) {
          // Drafts come in order, so each list stays ascending and unique.
          const list = more.get(id) ?? [holder[id] as number];
          if (list.at(-1) !== d) list.push(d);
          more.set(id, list);
        }
        return id;
      }),
    ),
  );
  const sets = prepared.map((_, d) => [d]);
  const setOf = Int32Array.from(holder);
  const interned = new Map<string, number>();
  for (const [id, list] of more) {
    const key = list.join();
    let set = interned.get(key);
    if (set === undefined) interned.set(key, (set = sets.push(list) - 1));
    setOf[id] = set;
  }
  return { windows, setOf, sets };
}

/**
 * For every ordered pair of drafts (A, B), how much of A is found word for word in B, and where. Every draft's
 * minRun-character runs are indexed once, each distinct run with the set of drafts holding it; walking A's
 * windows, a stretch shared with B opens where B enters the set and closes where it leaves, so the work grows with
 * the batch's text and with where the sets change, never with the pairs compared character by character. Pure
 * and deterministic.
 */
export function findPeers(drafts: PeerDraft[], options: PeerOptions): PeerPair[] {
  const { minRun } = options;
  const prepared = drafts.map((items) => items.map((item) => prepare(item, options)));
  const { windows, setOf, sets } = distinctRuns(prepared, minRun);
  const pairs: PeerPair[] = [];
  prepared.forEach((items, a) => {
    // Per other draft, the stretches of A it holds, as flat (item, start, end) triples of comparable characters.
    const found = new Map<number, number[]>();
    items.forEach((_, i) => {
      const ids = windows[a]?.[i] as Int32Array;
      const open = new Map<number, number>();
      let prev: number[] = [];
      let prevSet = -1;
      // One step past the last window closes every stretch still open.
      for (let w = 0; w <= ids.length; w++) {
        const set = w < ids.length ? (setOf[ids[w] as number] as number) : -2;
        if (set === prevSet) continue;
        const cur = set >= 0 ? (sets[set] as number[]) : [];
        for (let x = 0, y = 0; x < prev.length || y < cur.length; ) {
          const left = prev[x] ?? Infinity;
          const entered = cur[y] ?? Infinity;
          if (left === entered) {
            x++;
            y++;
          } else if (left < entered) {
            if (left !== a) {
              const list = found.get(left) ?? [];
              list.push(i, open.get(left) as number, w - 1 + minRun);
              found.set(left, list);
              open.delete(left);
            }
            x++;
          } else {
            if (entered !== a) open.set(entered, w);
            y++;
          }
        }
        prev = cur;
        prevSet = set;
      }
    });
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
 * The found stretches merged per item where they overlap, each counted as the 查重 counts a shared run: its own
 * Han characters, and nothing where fewer than minRun of its characters are not stock wording.
 */
function sharedItems(items: PreparedItem[], found: number[], minRun: number): PeerItem[] {
  const out: PeerItem[] = [];
  for (let k = 0; k < found.length; ) {
    const i = found[k] as number;
    const p = items[i] as PreparedItem;
    const result: PeerItem = { item: i, own: p.own, shared: 0, spans: [] };
    while (k < found.length && found[k] === i) {
      const start = found[k + 1] as number;
      let end = found[k + 2] as number;
      k += 3;
      while (k < found.length && found[k] === i && (found[k + 1] as number) <= end) {
        end = Math.max(end, found[k + 2] as number);
        k += 3;
      }
      const han = countedRun(p, start, end, minRun);
      if (han === null) continue;
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
