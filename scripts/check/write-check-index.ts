import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import { reportTitle } from "../../src/lib/report-title.ts";
import type { CheckParseOptions } from "../../src/schemas/check-index.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { checkIndexBuilder } from "../../src/similarity/check/build-index.ts";
import { loadGlossary } from "../normalize/load-glossary.ts";
import { corpusReports } from "../corpus/corpus-json.ts";
import { filesAtOnce } from "../../src/lib/files-at-once.ts";

/**
 * Writes dist/data/check/: manifest.json, shards/<n>.bin, passages/<n>.json (src/schemas/check-index.ts) and
 * parse.json, the glossary a draft is parsed with; with /data/themes-model.json the page parses and places a draft as
 * the build did the corpus. Reads corpus.json a report at a time and writes each chunk of passages as it fills: it
 * holds the fingerprints, not the corpus.
 */
export async function writeCheckIndex(dist: string, content: string): Promise<{ shards: number; chunks: number }> {
  const out = join(dist, "data", "check");
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "shards"), { recursive: true });
  await mkdir(join(out, "passages"), { recursive: true });
  const writes: Promise<void>[] = [];
  let chunks = 0;
  const builder = checkIndexBuilder((n, chunk) => {
    chunks++;
    writes.push(writeFile(join(out, "passages", `${n}.json`), `${JSON.stringify(chunk)}\n`));
  });
  for await (const report of corpusReports<CorpusReport>(join(dist, "data", "corpus.json"))) {
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
  return { shards: shards.length, chunks };
}
