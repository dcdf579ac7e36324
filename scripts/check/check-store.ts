import { rm } from "node:fs/promises";
import { join } from "node:path";
import { linkTree } from "../../src/lib/link-tree.ts";
import { readRecord } from "../../src/lib/read-record.ts";

// A store of the 查重 index (.cache/check/<output folder>/, scripts/build.ts): index/, as the site serves it under
// data/check/, and stamp.json, what it was made from (scripts/check/write-check-index.ts makes both). Apart from the
// code that makes the index, so that the stage putting it into a site loads none of that (0.9 s to load, this 0.2 s).

/** What the last index in a store was made from, and what it held. */
export interface Stamp {
  stamp: string;
  shards: number;
  chunks: number;
}

/** The folder of a store that holds the index. */
export const storeIndex = (store: string) => join(store, "index");

/** The file of a store that holds its {@link Stamp}. */
export const storeStamp = (store: string) => join(store, "stamp.json");

/** The stamp of the index in `store`: written last, so there is none while the index is not whole. */
export async function readStamp(store: string): Promise<Stamp | undefined> {
  return (await readRecord(storeStamp(store))) as Stamp | undefined;
}

/**
 * Puts the index in `store` into dist/data/check/ as links to its files (src/lib/link-tree.ts), in place of any
 * there. Returns the number of files.
 */
export async function linkCheckIndex(store: string, dist: string): Promise<number> {
  if ((await readStamp(store)) === undefined) throw new Error(`${store} 中没有建好的查重索引：请先运行 npm run build -- --only=check。`);
  await rm(join(dist, "data", "check"), { recursive: true, force: true });
  return linkTree(storeIndex(store), join(dist, "data", "check"));
}
