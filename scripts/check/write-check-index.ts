import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pMap from "p-map";
import { reportTitle } from "../../src/lib/report-title.ts";
import type { CheckParseOptions } from "../../src/schemas/check-index.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { checkIndexBuilder } from "../../src/similarity/check/build-index.ts";
import { loadGlossary } from "../normalize/load-glossary.ts";
import { corpusReports } from "../corpus/corpus-json.ts";
import { filesAtOnce } from "../../src/lib/files-at-once.ts";
import { hashModules } from "../corpus/module-graph.ts";
import { readStamp, storeIndex, storeStamp, type Stamp } from "./check-store.ts";

const root = join(import.meta.dirname, "..", "..");

/**
 * corpus.json as ingest wrote it (scripts/emit/served-data.ts), which the site stage links into dist/data/: read from
 * here, the index needs ingest's output only (scripts/build.ts says when it is made all the same).
 */
const corpusJson = (content: string) => join(content, "build", "served", "data", "corpus.json");

/**
 * The digest of everything the index is made from: corpus.json's bytes, the stock runs, the glossary, the code (this
 * module and every module it imports) and the lockfile.
 */
async function checkStamp(content: string): Promise<string> {
  const hash = await hashModules(createHash("sha256"), import.meta.filename, root);
  hash.update(await readFile(join(root, "package-lock.json")).catch(() => Buffer.alloc(0)));
  for (const file of [join(content, "build", "stock-runs.json"), join(content, "glossary.yaml")]) hash.update(await readFile(file));
  // corpus.json streamed: some 500 MB at 20,000 reports.
  await pipeline(createReadStream(corpusJson(content)), hash, { end: false });
  return hash.digest("hex");
}

/**
 * Makes the 查重 index in `store` (scripts/check/check-store.ts), again only when what it is made from changed (20 s
 * at 20,000 reports; a build whose reports are unchanged keeps the last one). Returns its shards and chunks, and
 * whether the last one was kept.
 */
export async function storeCheckIndex(content: string, store: string): Promise<{ shards: number; chunks: number; reused: boolean }> {
  const stamp = await checkStamp(content);
  const last = await readStamp(store);
  const made = last?.stamp === stamp ? last : await makeCheckIndex(content, store, stamp);
  return { shards: made.shards, chunks: made.chunks, reused: made === last };
}

/**
 * Writes the index into `store`/index/: manifest.json, shards/<n>.bin, passages/<n>.json (src/schemas/check-index.ts)
 * and parse.json, the glossary a draft is parsed with; with /data/themes-model.json the page parses and places a draft as
 * the build did the corpus. Reads corpus.json a report at a time and writes each chunk of passages as it fills: it
 * holds the fingerprints, not the corpus. The store is emptied first, its stamp with it: a build that stops halfway
 * leaves nothing to reuse, and the files the last dist/ links to are replaced, not written into.
 */
async function makeCheckIndex(content: string, store: string, stamp: string): Promise<Stamp> {
  await rm(store, { recursive: true, force: true });
  const out = storeIndex(store);
  await mkdir(join(out, "shards"), { recursive: true });
  await mkdir(join(out, "passages"), { recursive: true });
  const writes: Promise<void>[] = [];
  let chunks = 0;
  const builder = checkIndexBuilder((n, chunk) => {
    chunks++;
    writes.push(writeFile(join(out, "passages", `${n}.json`), `${JSON.stringify(chunk)}\n`));
  });
  for await (const report of corpusReports<CorpusReport>(corpusJson(content))) {
    builder.add({ ...report, title: reportTitle(report) });
    // A few chunks fill per report: waiting for their writes here keeps the open files few.
    if (writes.length >= filesAtOnce) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  const stockRuns = JSON.parse(await readFile(join(content, "build", "stock-runs.json"), "utf8")) as string[];
  const { manifest, shards } = builder.finish(stockRuns);
  const parse: CheckParseOptions = { glossary: [...(await loadGlossary(join(content, "glossary.yaml")))] };
  await writeFile(join(out, "manifest.json"), `${JSON.stringify(manifest)}\n`);
  await writeFile(join(out, "parse.json"), `${JSON.stringify(parse)}\n`);
  await pMap(shards.entries(), ([n, bytes]) => writeFile(join(out, "shards", `${n}.bin`), bytes), { concurrency: filesAtOnce });
  const made = { stamp, shards: shards.length, chunks };
  await writeFile(storeStamp(store), `${JSON.stringify(made)}\n`);
  return made;
}
