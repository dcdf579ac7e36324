import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { reportTitle } from "../../src/lib/report-title.ts";
import type { CheckParseOptions } from "../../src/schemas/check-index.ts";
import type { CorpusReport } from "../../src/lib/corpus-export.ts";
import { buildCheckIndex, type IndexedReport } from "../../src/similarity/check/build-index.ts";
import { loadGlossary } from "../normalize/load-glossary.ts";
import { readCorpusReports } from "../corpus/corpus-json.ts";

/**
 * Writes dist/data/check/: manifest.json, shards/<n>.bin, passages/<n>.json (src/schemas/check-index.ts) and
 * parse.json, the glossary a draft is parsed with; with /data/themes-model.json the page parses and places a draft as
 * the build did the corpus.
 */
export async function writeCheckIndex(dist: string, content: string): Promise<{ shards: number; chunks: number }> {
  const corpus = await readCorpusReports<CorpusReport>(join(dist, "data", "corpus.json"));
  const reports: IndexedReport[] = corpus.map((r) => ({ ...r, title: reportTitle(r) }));
  const stockRuns = JSON.parse(await readFile(join(content, "build", "stock-runs.json"), "utf8")) as string[];
  const index = buildCheckIndex(reports, undefined, stockRuns);
  const out = join(dist, "data", "check");
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "shards"), { recursive: true });
  await mkdir(join(out, "passages"), { recursive: true });
  const parse: CheckParseOptions = { glossary: [...(await loadGlossary(join(content, "glossary.yaml")))] };
  await writeFile(join(out, "manifest.json"), `${JSON.stringify(index.manifest)}\n`);
  await writeFile(join(out, "parse.json"), `${JSON.stringify(parse)}\n`);
  await Promise.all(index.shards.map((bytes, n) => writeFile(join(out, "shards", `${n}.bin`), bytes)));
  await Promise.all(index.chunks.map((chunk, n) => writeFile(join(out, "passages", `${n}.json`), `${JSON.stringify(chunk)}\n`)));
  return { shards: index.shards.length, chunks: index.chunks.length };
}
