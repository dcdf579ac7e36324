import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import { filesAtOnce } from "../../src/lib/files-at-once.ts";
import type { SourceListing } from "./list-sources.ts";

/** Each source's and sidecar's SHA-256 (hex), by its path in the folder. */
export type SourceDigests = ReadonlyMap<string, string>;

/**
 * Digests every source and sidecar of a listing, 16 files at a time. Made once per ingest: its stamp and its parse
 * cache's keys are both made from them, where each read every file (at 100,000 reports, 1.2 GB read twice).
 */
export async function sourceDigests(dir: string, listing: Pick<SourceListing, "sources" | "sidecars">): Promise<SourceDigests> {
  const files = [...listing.sources, ...listing.sidecars.values()];
  const digests = await pMap(files, async (f) => createHash("sha256").update(await readFile(join(dir, f))).digest("hex"), { concurrency: filesAtOnce });
  return new Map(files.map((f, i) => [f, digests[i] as string]));
}
