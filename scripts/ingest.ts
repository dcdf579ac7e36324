// Ingest: every file under the sources folder → content/reports/<id>.md, content/lookalikes/<id>.json + content/build/files.json and themes-model.json.
// Usage: node scripts/ingest.ts [--strict]   (CORPUS_SOURCES=<folder> to read another folder)
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { reportSummary } from "../src/lib/report-summary.ts";
import { reportSchema } from "../src/schemas/report.ts";
import type { ReportSummaryEntry } from "../src/schemas/report-summary.ts";
import { linkCorpus } from "./corpus/link-corpus.ts";
import { applyLookalikes, lookalikeComparands } from "./similarity/attach-lookalikes.ts";
import { startLookalikes } from "./corpus/lookalikes-thread.ts";
import { readCorpus, type CorpusEntry } from "./corpus/read-corpus.ts";
import { openBodySpool } from "./corpus/body-spool.ts";
import { lookalikeTexts } from "./emit/lookalike-texts.ts";
import { closestPairs, closestPairsListed } from "../src/lib/lookalikes.ts";
import type { ClosestPair } from "../src/schemas/closest-pair.ts";
import type { PrescribedList } from "../src/schemas/prescribed.ts";
import type { Review } from "../src/schemas/review.ts";
import type { Lexicon } from "../src/schemas/theme.ts";
import type { ThemeModel } from "../src/themes/model.ts";
import { openSourceCache, pipelineVersion } from "./corpus/source-cache.ts";
import { dropStamp, ingestCode, ingestStamp, unchangedSince, writeStamp } from "./corpus/ingest-stamp.ts";
import { dropOutputDigests, readOutputDigests, summaryLines, writeOutputDigests, type OutputDigests } from "./emit/output-digests.ts";
import { jsonDigest } from "../src/lib/digest.ts";
import { reportMarkdown } from "./emit/write-report.ts";
import { writeServedData } from "./emit/served-data.ts";
import { openStreamed, removeAllBut, writeAllChanged, writeChanged } from "./emit/write-changed.ts";
import { loadGlossary } from "./normalize/load-glossary.ts";
import { listFiles, pairSidecars, sourcesDir } from "./sources/list-sources.ts";
import { sourceDigests } from "./sources/source-digests.ts";
import { trainModel } from "../src/themes/train-model.ts";
import { selfTrain } from "./corpus/self-train.ts";
import { reviewCorpus } from "./review/attach-review.ts";
import { openReportMemo } from "./corpus/report-memo.ts";
import { loadPrescribed } from "./review/load-prescribed.ts";
import { loadThemes } from "./themes/load-themes.ts";

const root = join(import.meta.dirname, "..");

/** Where ingest reads and writes. */
export interface IngestOptions {
  /** The sources folder. */
  sources: string;
  /** Where `reports/*.md` and `build/files.json` are written: `content/` for the site. */
  out: string;
  /** The glossary and themes the reports are processed with. */
  glossary: string;
  themes: string;
  /** The folder of prescribed aspects by year and meeting (content/prescribed/). */
  prescribed: string;
  /** Where the stage lines go. */
  log: (line: string) => void;
  /** A folder for the content-hash cache of processed sources; none means every source is processed. */
  cache?: string;
}

/** The hand-written files a content folder holds: the glossary, the themes, the prescribed aspects. */
export function contentFiles(content: string): Pick<IngestOptions, "glossary" | "themes" | "prescribed"> {
  return { glossary: join(content, "glossary.yaml"), themes: join(content, "themes"), prescribed: join(content, "prescribed") };
}

/** The repo's own folders: sources (or $CORPUS_SOURCES) into content/. */
export function defaultIngestOptions(): IngestOptions {
  const content = join(root, "content");
  return {
    sources: sourcesDir(root),
    out: content,
    ...contentFiles(content),
    log: (line) => console.log(`[ingest] ${line}`),
    // One cache for every sources folder: entries are keyed by content and relative path, so a moved folder hits.
    cache: join(root, ".cache", "ingest"),
  };
}

/** Most problem lines printed; the build report lists them all. */
const maxProblemLines = 30;

/**
 * Reads, parses and writes the whole corpus: every file ends as a report, a problem, or both, each one
 * a row of `build/files.json`. Returns the number of files with problems.
 */
export async function ingest(options: IngestOptions = defaultIngestOptions()): Promise<number> {
  const { log } = options;
  const started = performance.now();
  const [listing, glossary, lexicons, prescribed] = await Promise.all([
    listFiles(options.sources).then(pairSidecars),
    loadGlossary(options.glossary),
    loadThemes(options.themes),
    loadPrescribed(options.prescribed),
  ]);
  const { sources, sidecars, orphans } = listing;
  log(`读取  ${sources.length} 个来源文件、${sidecars.size + orphans.length} 个旁注文件（${options.sources}），${lexicons.length} 个问题类型，${glossary.size} 条替身词`);

  // Sources, lists and code as the last ingest found them: its output is what this one would write.
  const code = await ingestCode(root);
  const sourceBytes = await sourceDigests(options.sources, listing);
  const stamp = ingestStamp(code, sourceBytes, listing, [[...glossary], lexicons, prescribed]);
  const unchanged = await unchangedSince(options.out, stamp);
  if (unchanged !== null) {
    log(`未变  来源、词表、规定方面和代码都与上次相同，沿用上次的结果（${Math.round(performance.now() - started)} ms）`);
    return unchanged;
  }
  await dropStamp(options.out);

  const processOptions = { glossary, model: trainModel(lexicons) };
  const cache = options.cache ? await openSourceCache(options.cache, await pipelineVersion(root, processOptions)) : undefined;
  const progressEvery = Math.max(100, Math.ceil(sources.length / 10));
  const progress = (done: number) => {
    if (sources.length > progressEvery && (done % progressEvery === 0 || done === sources.length)) {
      log(`解析  ${done}/${sources.length}（${Math.round((done / sources.length) * 100)}%）`);
    }
  };
  const bodies = openBodySpool();
  const { entries, files } = await readCorpus(options.sources, listing, processOptions, progress, cache && { store: cache, digests: sourceBytes }, bodies);
  if (cache) {
    const { hits, misses } = await cache.prune();
    log(`缓存  ${hits} 个来源未变、沿用上次结果，${misses} 个重新解析（${options.cache}）`);
  }

  const { model, stockRuns } = await corpusWide(entries, lexicons, prescribed, join(options.out, "build", "memo"), code, log);

  const outDir = join(options.out, "reports");
  await mkdir(outDir, { recursive: true });
  await mkdir(join(options.out, "build"), { recursive: true });
  // Only the files that changed are written and only those of reports now gone deleted: an unchanged report keeps its file.
  const gone = await removeAllBut(outDir, new Set(entries.map((e) => `${e.id}.md`)));
  // A report made of what the last ingest's was (its digest, under the same code) keeps its files and summary as
  // they are, neither made nor read again; the digests are dropped until every file is written.
  const summariesPath = join(options.out, "build", "report-summaries.jsonl");
  const [last, lastSummaries, present] = await Promise.all([readOutputDigests(options.out, code), summaryLines(summariesPath), readdir(outDir)]);
  await dropOutputDigests(options.out);
  const digests: OutputDigests = { version: code, reports: {}, lookalikes: {} };
  const onFile = new Set(present);
  const same = new Set<string>();
  // Each report's summary, for the site's lists (src/lib/report-summaries.ts), made from the report as validated
  // here, and written as it comes.
  const summaries = openStreamed(summariesPath);
  const written = await writeAllChanged(
    (async function* () {
      for (const { id, report, body, review } of entries) {
        // Its place in the corpus order is in its summary line alone: a report added before it changes no file of it.
        const { order, ...placeless } = report;
        const made = jsonDigest(JSON.stringify([id, placeless, review, body.digest]));
        digests.reports[id] = [made, order];
        const [lastMade, lastOrder] = last.reports[id] ?? [];
        const line = lastMade === made && onFile.has(`${id}.md`) ? lastSummaries.get(id) : undefined;
        const kept = line === undefined ? undefined : `${line}\n`;
        if (kept !== undefined) {
          same.add(id);
          await summaries.write(lastOrder === order ? kept : withOrder(kept, order));
          continue;
        }
        const path = join(outDir, `${id}.md`);
        const { order: _order, ...file } = reportSchema.parse({ ...report, review });
        await summaries.write(`${JSON.stringify({ id, filePath: `../reports/${id}.md`, data: reportSummary(id, { ...file, order }) } satisfies ReportSummaryEntry)}\n`);
        yield { path, text: reportMarkdown(file, body.read()) };
      }
    })(),
  );
  bodies.close();
  lastSummaries.close();
  await summaries.close();
  log(`写出  ${written} 篇报告有变化，${gone} 篇已删去，${entries.length - written} 篇未变（${outDir}）`);
  await writeLookalikeTexts(entries, join(options.out, "lookalikes"), last, digests);
  for (const orphan of orphans) {
    files.push({ id: orphan.path, reports: [], format: null, encoding: null, sidecar: null, passages: 0, problems: [orphan.message], notes: [] });
  }
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeChanged(join(options.out, "build", "files.json"), `${JSON.stringify(files, null, 2)}\n`);
  // The classifier's model, for the browser to place a pasted draft as the build placed the corpus (/data/themes-model.json).
  await writeChanged(join(options.out, "build", "themes-model.json"), `${JSON.stringify(model)}\n`);
  await writeChanged(join(options.out, "build", "stock-runs.json"), `${JSON.stringify(stockRuns)}\n`);
  await writeChanged(join(options.out, "build", "closest-pairs.json"), `${JSON.stringify(closestPairList(entries), null, 1)}\n`);
  // The lists as the site serves them (/data/prescribed.json), for the 查重 page to review a draft as the build did.
  await writeChanged(join(options.out, "build", "prescribed.json"), `${JSON.stringify(prescribed)}\n`);
  // Each report was validated above as its file was written: the same objects, not parsed again.
  const reviewed = function* () {
    for (const { id, report, review } of entries) yield { id, data: { ...report, review: review as Review } };
  };
  await writeServedData(reviewed, files, join(options.out, "build", "served"), same);
  await writeOutputDigests(options.out, digests);

  const problems = files.filter((f) => f.problems.length > 0);
  await writeStamp(options.out, { stamp, reports: entries.length, problems: problems.length });
  const passages = files.reduce((n, f) => n + f.passages, 0);
  log(`解析  ${entries.length} 篇报告，${passages} 条，${problems.length} 个文件有问题（${Math.round(performance.now() - started)} ms）`);
  for (const f of problems.slice(0, maxProblemLines)) log(`问题  ${f.id}: ${f.problems.join("；")}`);
  if (problems.length > maxProblemLines) log(`问题  ……另有 ${problems.length - maxProblemLines} 个文件有问题，见站点的“构建报告”页`);
  return problems.length;
}

/**
 * The steps that read the whole corpus: self-training, cross-links, the stock runs and the review on this thread,
 * the look-alikes on another meanwhile, sent the passages' texts and holding them itself. What only these steps
 * need (the look-alikes as found, the letters the stock count reads) is let go as soon as it has served.
 */
async function corpusWide(
  entries: CorpusEntry[],
  lexicons: Lexicon[],
  prescribed: PrescribedList[],
  memo: string,
  code: string,
  log: (line: string) => void,
): Promise<{ model: ThemeModel; stockRuns: string[] }> {
  // The look-alikes need only the passages' texts: found on a thread of their own while this one trains, links,
  // counts the stock runs and reviews.
  const lookalikes = startLookalikes(lookalikeComparands(entries));
  const training = performance.now();
  const model = selfTrain(entries, lexicons);
  const placed = entries.flatMap((e) => e.report.passages).filter((p) => p.basis === "profile").length;
  log(`归类  按语料中词表归类的条目学习各类型的字组特征，补归类 ${placed} 条（${Math.round(performance.now() - training)} ms）`);

  const linking = performance.now();
  const links = await openReportMemo<[string, string[]][]>(join(memo, "cross-links.jsonl"), code);
  linkCorpus(entries, model.phrasebook, links);
  await links.save();
  log(`关联  对应关系、方面对齐（${Math.round(performance.now() - linking)} ms）`);

  const reviewing = performance.now();
  // The genre's stock wording, counted once here: the 审读 signals and the 查重 index (scripts/check/) both read it.
  const reviews = await openReportMemo<[string, Review]>(join(memo, "review.jsonl"), code);
  const stockRuns = reviewCorpus(entries, prescribed, reviews);
  await reviews.save();
  log(`审读  套话、具体、规定方面（${prescribed.length} 份规定）、原因、措施、口吻、年复一年（${Math.round(performance.now() - reviewing)} ms）`);
  const waiting = performance.now();
  applyLookalikes(entries, await lookalikes);
  log(`相似  各条在其他报告中的相似条目，与上面几步同时找（又等了 ${Math.round(performance.now() - waiting)} ms）`);
  return { model, stockRuns };
}

/** A summary line (of a report whose data is as before) with the report's new place in the corpus order. */
function withOrder(line: string, order: number): string {
  const entry = JSON.parse(line) as ReportSummaryEntry;
  entry.data.order = order;
  return `${JSON.stringify(entry)}\n`;
}

/** The corpus's most similar pairs (src/schemas/closest-pair.ts), for /similar/: the site keeps no look-alike lists. */
function closestPairList(entries: CorpusEntry[]): ClosestPair[] {
  return closestPairs(entries.map((e) => ({ id: e.id, data: e.report })), closestPairsListed).map(({ report, passage, match }, i) => ({
    id: `${report.id}#${passage.id} ${match.report}#${match.passage}`,
    rank: i + 1,
    report: report.id,
    passage: passage.id,
    match,
  }));
}

/**
 * Each report's look-alike texts (scripts/emit/lookalike-texts.ts), changed files only: a file whose text has the
 * digest the last ingest recorded is not read back to compare. Reports without look-alikes have none.
 */
async function writeLookalikeTexts(entries: CorpusEntry[], dir: string, last: OutputDigests, digests: OutputDigests): Promise<void> {
  await mkdir(dir, { recursive: true });
  const corpus = new Map(entries.map((e) => [e.id, e.report.passages]));
  const names = new Set<string>();
  const onFile = new Set(await readdir(dir));
  await writeAllChanged(
    (function* () {
      for (const { id, report } of entries) {
        const texts = lookalikeTexts(report.passages, corpus);
        if (texts === null) continue;
        const name = `${id}.json`;
        names.add(name);
        const text = `${JSON.stringify(texts)}\n`;
        const made = (digests.lookalikes[id] = jsonDigest(text));
        if (last.lookalikes[id] !== made || !onFile.has(name)) yield { path: join(dir, name), text };
      }
    })(),
  );
  await removeAllBut(dir, names);
}

if (import.meta.main) {
  const strict = process.argv.includes("--strict") || process.env.CORPUS_STRICT === "1";
  const problems = await ingest();
  if (strict && problems > 0) {
    console.error(`[ingest] --strict：${problems} 个文件有问题，构建失败。`);
    process.exit(1);
  }
}
