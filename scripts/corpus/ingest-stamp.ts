import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourceListing } from "../sources/list-sources.ts";
import type { SourceDigests } from "../sources/source-digests.ts";
import { readRecord } from "../../src/lib/read-record.ts";
import { hashModules } from "./module-graph.ts";

/** What an ingest left, for the next one to tell whether it would write the same again. */
interface Stamp {
  /** The digest of everything the output is made from (see `ingestStamp`). */
  stamp: string;
  /** Report files written: fewer or more in the folder (deleted by hand, a stray) and the stamp is not trusted. */
  reports: number;
  /** Files with problems, for `--strict`. */
  problems: number;
}

/** Where the stamp is kept, beside the build files it vouches for. */
const stampFile = (out: string) => join(out, "build", "ingest-stamp.json");

/** The files an ingest writes into `build/` that the site and the later stages read. */
const vouchedFor = ["files.json", "report-summaries.jsonl", "themes-model.json", "stock-runs.json", "served/data/corpus.json"];

/** The digest of the code an ingest runs: scripts/ingest.ts and every module it imports, and the lockfile. */
export async function ingestCode(root: string): Promise<string> {
  const hash = await hashModules(createHash("sha256"), join(root, "scripts", "ingest.ts"), root);
  return hash.update(await readFile(join(root, "package-lock.json")).catch(() => Buffer.alloc(0))).digest("hex");
}

/**
 * The digest of everything an ingest's output is made from: its code ({@link ingestCode}), the glossary, themes and
 * prescribed lists as loaded, and every source and sidecar by its path in the folder and its bytes (`digests`). The
 * corpus-wide steps make every report depend on every other, so either all of this is as before and so is the
 * output, or ingest runs.
 */
export function ingestStamp(code: string, digests: SourceDigests, listing: SourceListing, loaded: unknown): string {
  const hash = createHash("sha256").update(code);
  hash.update(JSON.stringify([loaded, listing.orphans, [...listing.sidecars].sort()]));
  for (const f of [...listing.sources, ...listing.sidecars.values()].sort()) hash.update(`${f}\0${digests.get(f)}\n`);
  return hash.digest("hex");
}

/** The problems the last ingest counted, when it was made from the same `stamp` and its output is all there; else null. */
export async function unchangedSince(out: string, stamp: string): Promise<number | null> {
  const last = (await readRecord(stampFile(out))) as Stamp | undefined;
  if (last?.stamp !== stamp) return null;
  const reports = (await readdir(join(out, "reports")).catch(() => [] as string[])).filter((n) => n.endsWith(".md")).length;
  if (reports !== last.reports) return null;
  const present = await Promise.all(vouchedFor.map((f) => stat(join(out, "build", f)).then(() => true, () => false)));
  return present.every(Boolean) ? last.problems : null;
}

/** Drops the stamp before an ingest writes anything: an ingest that stops halfway leaves none to trust. */
export async function dropStamp(out: string): Promise<void> {
  await rm(stampFile(out), { force: true });
}

/** Records a finished ingest. */
export async function writeStamp(out: string, value: Stamp): Promise<void> {
  await writeFile(stampFile(out), `${JSON.stringify(value)}\n`);
}
