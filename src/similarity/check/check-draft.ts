import type { CheckChunk, CheckManifest, CheckPassage, CheckReport, CheckReportText } from "../../schemas/check-index.ts";
import type { SectionKind } from "../../schemas/report.ts";
import { identityWords, type IdentityWord } from "../../parse/metadata/infer-metadata.ts";
import { overlap } from "../overlap.ts";
import { gramStarts, sharedSpans, type Span } from "../shared-spans.ts";
import { comparedText } from "../../text/script.ts";
import { comparable, shingles, type Comparable } from "../shingles.ts";
import { fingerprints } from "./fingerprints.ts";
import { shardOf, type Posting } from "./shard-codec.ts";
import { countedRun, ownWording } from "./own-wording.ts";
import { stockSet, type StockSet } from "./stock-phrases.ts";

/** One item of a draft, as src/parse/process-report.ts reads it. */
export interface DraftItem {
  section: SectionKind;
  /** Its aspect's or section's heading. */
  heading: string;
  headline: string;
  text: string;
  simplified?: string;
  themes: string[];
}

/** Where the index's files come from: fetched by the page, read from dist/ by the command. */
export interface IndexSource {
  manifest: CheckManifest;
  shard(n: number): Promise<Map<number, Posting>>;
  chunk(n: number): Promise<CheckChunk>;
  /** A report's text, from its data file (the site's one copy of it outside the pages). */
  text(reportId: string): Promise<CheckReportText>;
}

/** A corpus passage compared with an item. */
export interface Match {
  /** `<report url>#<passage id>`, relative to the site root. */
  url: string;
  report: CheckReport;
  passage: CheckPassage;
  /** Share of the item's own Han characters (stock wording left out) inside runs of at least minRun found word for word in the passage. */
  similarity: number;
  /** Share of the item's character 3-grams found in the passage: how near it is in wording when no run is shared. */
  nearness: number;
  /** The shared runs in the item's text… */
  spans: Span[];
  /** …and in the passage's. */
  theirs: Span[];
  /** Unit and role words inside the shared runs that name the source's kind of unit or role, not the draft's. */
  identity: IdentityWord[];
}

/** One item checked. */
export interface ItemResult {
  item: DraftItem;
  /** Han characters of the item, and how many of them are in runs found in the corpus (stock wording left out). */
  han: number;
  copied: number;
  /** Runs found in the corpus, and stock wording, in the item's text. */
  copiedSpans: Span[];
  stockSpans: Span[];
  /** Passages at or above the threshold, most similar first (at most 3). */
  matches: Match[];
  /** Every candidate compared, nearest in wording first, whatever its similarity: examples worded like the item. */
  nearest: Match[];
}

export interface CheckResult {
  /** 文字重复率: copied Han characters over all Han characters of the draft. */
  share: number;
  han: number;
  copied: number;
  items: ItemResult[];
  /** Files read: index shards, passage chunks and the data files of the reports compared. */
  fetched: { shards: number; chunks: number; reports: number };
}

/** Candidates verified per item unless asked for more: the passages sharing the most (rarest) fingerprints with it. */
const perItem = 4;
const shownMatches = 3;
/** Characters per retrieval window: about one item of a report. */
const window = 200;


/**
 * Checks a draft's items against the corpus: fingerprints look up candidate passages in the shards they fall
 * in (only those are read), the candidates are placed by chunk and their text read from their reports' data files,
 * and each is compared run by run.
 */
export async function checkDraft(items: DraftItem[], source: IndexSource, options: { candidates?: number } = {}): Promise<CheckResult> {
  const { manifest } = source;
  const stock = stockSet(manifest.stock.runs, manifest.stock);
  const prepared = items.map((item) => {
    const c = comparable(comparedText(item));
    return { item, c, windows: windows(c, manifest.fingerprints.k).map((w) => fingerprints(w, manifest.fingerprints)) };
  });
  const shardIds = [...new Set(prepared.flatMap((p) => p.windows.flatMap((keys) => [...keys].map((k) => shardOf(k, manifest.shardBits)))))].sort((a, b) => a - b);
  const shards = new Map(await Promise.all(shardIds.map(async (s) => [s, await source.shard(s)] as const)));
  const candidates = prepared.map((p) => [...new Set(p.windows.flatMap((keys) => rank(keys, shards, manifest.shardBits, options.candidates ?? perItem)))]);
  const chunkIds = [...new Set(candidates.flat().map((n) => Math.floor(n / manifest.chunkSize)))].sort((a, b) => a - b);
  const chunks = new Map(await Promise.all(chunkIds.map(async (c) => [c, await source.chunk(c)] as const)));
  const entryOf = (n: number) => {
    const chunk = chunks.get(Math.floor(n / manifest.chunkSize)) as CheckChunk;
    const entry = chunk.passages[n % manifest.chunkSize] as CheckChunk["passages"][number];
    return { entry, report: chunk.reports[entry.report] as CheckReport };
  };
  const reportIds = [...new Set(candidates.flat().map((n) => entryOf(n).report.id))].sort();
  const texts = new Map(await Promise.all(reportIds.map(async (id) => [id, new Map((await source.text(id)).passages.map((p) => [p.id, p]))] as const)));
  const passageOf = (n: number) => {
    const { entry, report } = entryOf(n);
    const text = texts.get(report.id)?.get(entry.id);
    if (!text) throw new Error(`报告 ${report.id} 的数据文件中没有条目 ${entry.id}：查重索引与站点不是同一次构建的，请重新运行 npm run build。`);
    const passage: CheckPassage = { ...entry, ...text };
    return { passage, report };
  };
  const results = prepared.map(({ item, c }, i) => compareItem(item, c, (candidates[i] as number[]).map(passageOf), manifest, stock));
  flagIdentity(results);
  const han = results.reduce((s, r) => s + r.han, 0);
  const copied = results.reduce((s, r) => s + r.copied, 0);
  return { share: han ? copied / han : 0, han, copied, items: results, fetched: { shards: shardIds.length, chunks: chunkIds.length, reports: reportIds.length } };
}

/** An item's characters in windows of about a passage's length, overlapping by a run: each window finds its own sources, so an unstructured draft read as one long item loses none. */
function windows(c: Comparable, k: number): Comparable[] {
  if (c.chars.length <= window) return [c];
  const out: Comparable[] = [];
  for (let start = 0; start < c.chars.length; start += window - k + 1) {
    out.push({ chars: c.chars.slice(start, start + window), at: c.at.slice(start, start + window) });
    if (start + window >= c.chars.length) break;
  }
  return out;
}

/** The passages sharing the most fingerprints with an item, each weighted by how rare it is (a formula's count little). */
function rank(keys: Uint32Array, shards: Map<number, Map<number, Posting>>, bits: number, limit: number): number[] {
  const votes = new Map<number, number>();
  for (const key of keys) {
    const posting = shards.get(shardOf(key, bits))?.get(key);
    if (!posting) continue;
    const weight = 1 / (1 + Math.log2(posting.reports));
    for (const n of posting.passages) votes.set(n, (votes.get(n) ?? 0) + weight);
  }
  return [...votes]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([n]) => n);
}

/** Text positions → positions among the comparable characters (-1 for punctuation). */
function positions(text: string, c: Comparable): Int32Array {
  const map = new Int32Array(text.length + 1).fill(-1);
  c.at.forEach((p, j) => (map[p] = j));
  return map;
}

function compareItem(
  item: DraftItem,
  c: Comparable,
  found: { passage: CheckPassage; report: CheckReport }[],
  manifest: CheckManifest,
  stock: StockSet,
): ItemResult {
  const text = comparedText(item);
  const wording = ownWording(c.chars, stock);
  const { stock: stockAt, han, own } = wording;
  const total = han.reduce((s, h) => s + h, 0);
  const index = positions(text, c);
  const copiedAt = new Uint8Array(c.chars.length);
  const mine = shingles(c, 3);
  const compared = found.map(({ passage, report }) => {
    const theirText = comparedText(passage);
    const theirs = comparable(theirText);
    const spans = sharedSpans(c, theirs, manifest.minRun, gramStarts(theirs.chars, manifest.minRun));
    const counted: Span[] = [];
    let chars = 0;
    for (const [s, e] of spans) {
      const from = index[s] as number;
      const to = (index[e - 1] as number) + 1;
      const hanOwn = countedRun(wording, from, to, manifest.minRun);
      if (hanOwn === null) continue;
      counted.push([s, e]);
      chars += hanOwn;
      for (let j = from; j < to; j++) if (!stockAt[j] && han[j]) copiedAt[j] = 1;
    }
    return {
      url: `${report.url}#${passage.id}`,
      report,
      passage,
      similarity: own ? chars / own : 0,
      nearness: overlap(mine, shingles(theirs, 3)).containment,
      spans: counted,
      theirs: counted.length ? sharedSpans(theirs, c, manifest.minRun) : [],
      identity: [] as IdentityWord[],
    };
  });
  const bySimilarity = [...compared].sort((a, b) => b.similarity - a.similarity || b.nearness - a.nearness);
  const copied = copiedAt.reduce((s, v) => s + v, 0);
  return {
    item,
    han: total,
    copied,
    copiedSpans: spansOf(copiedAt, c),
    stockSpans: spansOf(stockAt, c),
    matches: bySimilarity.filter((m) => m.similarity >= manifest.threshold).slice(0, shownMatches),
    nearest: [...compared].sort((a, b) => b.nearness - a.nearness || b.similarity - a.similarity),
  };
}

/**
 * Marks the unit and role words inside copied runs that the draft's own wording (outside every copied run)
 * never names: a 镇党委 in a school's draft, a 总经理 in a 局长's, travelling with the copied text.
 */
function flagIdentity(results: ItemResult[]): void {
  const own = new Set<string>();
  for (const r of results) {
    const text = comparedText(r.item);
    let rest = text;
    for (const [s, e] of r.copiedSpans) rest = rest.slice(0, s) + " ".repeat(e - s) + rest.slice(e);
    for (const w of identityWords(rest)) own.add(`${w.field}:${w.value}`);
  }
  for (const r of results) {
    const text = comparedText(r.item);
    for (const m of [...r.matches, ...r.nearest]) {
      if (m.identity.length) continue;
      m.identity = m.spans.flatMap(([s, e]) =>
        identityWords(text.slice(s, e))
          .filter((w) => !own.has(`${w.field}:${w.value}`))
          .map((w) => ({ ...w, at: w.at + s })),
      );
    }
  }
}

/** Marked comparable characters as ranges of the text. */
function spansOf(mask: Uint8Array, c: Comparable): Span[] {
  const spans: Span[] = [];
  for (let j = 0; j < mask.length; j++) {
    if (!mask[j]) continue;
    const start = j;
    while (j + 1 < mask.length && mask[j + 1]) j++;
    spans.push([c.at[start] as number, (c.at[j] as number) + 1]);
  }
  return spans;
}
