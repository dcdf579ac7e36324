// How well 查重 finds disguised copies and leaves fresh text alone, over generated drafts. The corpus: the five
// shipped reports and half the real-form fixtures (our own words); fresh text: the items of the other half.
// Short passages (under 60 Han characters) are measured on their own: they have the fewest runs to find them by.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readOne } from "../../../../scripts/corpus/read-one.ts";
import { listSources } from "../../../../scripts/sources/list-sources.ts";
import { reportTitle } from "../../../../src/lib/report-title.ts";
import type { ParsedReport, Report } from "../../../../src/schemas/report.ts";
import { buildCheckIndex, defaultIndexOptions, type IndexedReport } from "../../../../src/similarity/check/build-index.ts";
import { comparedText } from "../../../../src/text/script.ts";
import { checkDraft, type DraftItem, type IndexSource, type ItemResult, type Match } from "../../../../src/similarity/check/check-draft.ts";
import { decodeShard } from "../../../../src/similarity/check/shard-codec.ts";
import { processOptions, repoRoot } from "../../helpers.ts";
import { editPassage, replaceAndSwap } from "../../support/edit-passage.ts";

const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

async function readReports(dir: string, files: string[]): Promise<ParsedReport[]> {
  const options = await processOptions();
  const out: ParsedReport[] = [];
  for (const f of files) {
    const result = await readOne(dir, f, new Uint8Array(readFileSync(join(dir, f))), undefined, options);
    out.push(...result.processed.map((p) => p.report));
  }
  return out;
}

const asIndexed = (r: ParsedReport, i: number): IndexedReport => ({
  id: `r${i}`,
  url: `reports/r${i}/`,
  title: reportTitle(r),
  year: r.year,
  kind: r.kind,
  unit: r.unit,
  role: r.role,
  themes: r.themes,
  aspects: r.sections.flatMap((s) => s.aspects),
  passages: r.passages,
});

const asItem = (p: Pick<Report["passages"][number], "section" | "sectionHeading" | "headline" | "text" | "simplified" | "themes">): DraftItem => ({ section: p.section, heading: p.sectionHeading, headline: p.headline, text: p.text, simplified: p.simplified, themes: p.themes });

type Placed = { r: IndexedReport; p: IndexedReport["passages"][number] };

// A passage worded exactly as its source elsewhere in the corpus is as right a source.
const isSource = (m: Match | undefined, { r, p }: Placed) => m !== undefined && (m.url === `${r.url}#${p.id}` || comparedText(m.passage) === comparedText(p));

const percent = (n: number, of: number) => `${n}/${of} = ${((n / of) * 100).toFixed(1)}%`;

/** An index source made of built index files and the reports' passages. */
const sourceOf = (index: ReturnType<typeof buildCheckIndex>, reports: IndexedReport[]): IndexSource => ({
  manifest: index.manifest,
  shard: async (n) => decodeShard(index.shards[n] as Uint8Array),
  chunk: async (n) => index.chunks[n] as never,
  text: async (id) => ({ passages: reports.find((r) => r.id === id)?.passages ?? [] }),
});

let corpus: IndexedReport[] = [];
let fresh: DraftItem[] = [];
let source: IndexSource;

beforeAll(async () => {
  const shipped = join(repoRoot, "content", "sources");
  const forms = join(repoRoot, "tests", "fixtures", "real-forms");
  const cases = existsSync(forms) ? readdirSync(forms).filter((d) => !d.includes(".")).sort() : [];
  const files = (dir: string) => readdirSync(dir).filter((f) => /^input\.(txt|md)$/.test(f));
  const inCorpus = [...(await readReports(shipped, await listSources(shipped)))];
  for (const [i, c] of cases.entries()) {
    const reports = await readReports(join(forms, c), files(join(forms, c)));
    if (i % 2 === 0) inCorpus.push(...reports);
    else fresh.push(...reports.flatMap((r) => r.passages.filter((p) => han(p.text) >= 30).map(asItem)));
  }
  corpus = inCorpus.map(asIndexed);
  source = sourceOf(buildCheckIndex(corpus), corpus);
}, 120_000);

/**
 * Whether the check's own rules count the draft as copied from its source at all (a shared run of 8 characters or
 * more, ≥ 30% of it), whatever the retrieval: the source alone, indexed by every run, with the corpus's stock wording.
 */
async function countable(draft: DraftItem, { r, p }: Placed): Promise<boolean> {
  const alone = [{ ...r, passages: [p] }];
  const index = buildCheckIndex(alone, { ...defaultIndexOptions, fingerprints: { ...source.manifest.fingerprints, sample: 1, atLeast: 0 } });
  const { items } = await checkDraft([draft], sourceOf({ ...index, manifest: { ...index.manifest, stock: source.manifest.stock } }, alone));
  return (items[0] as ItemResult).matches.length > 0;
}

describe("查重 over generated drafts", () => {
  it("finds a passage copied with up to 15% of its characters changed, the right source first, for ≥ 95%", async () => {
    const passages = corpus.flatMap((r) => r.passages.map((p) => ({ r, p }))).filter(({ p }) => han(p.text) >= 40);
    const drafts = passages.map(({ p }, i) => ({ ...asItem(p), text: editPassage(comparedText(p), 0.15, i + 1), simplified: undefined }));
    const { items } = await checkDraft(drafts, source);
    const found = items.filter((item, i) => isSource(item.matches[0], passages[i] as Placed));
    console.log(`[check] edited copies found, right source first: ${found.length}/${items.length} = ${((found.length / items.length) * 100).toFixed(1)}%`);
    expect(items.length).toBeGreaterThan(100);
    expect(found.length / items.length).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the source first for ≥ 95% of short and of long passages with 15% of their characters replaced and two clauses swapped", async () => {
    const passages: Placed[] = corpus.flatMap((r) => r.passages.map((p) => ({ r, p }))).filter(({ p }) => han(p.text) >= 15);
    // Three edits of every passage, each seeded apart: the figure is of the kind of edit, not of one draw.
    const cases = [1, 2, 3].flatMap((seed) => passages.map((placed, i) => ({ ...placed, draft: { ...asItem(placed.p), text: replaceAndSwap(comparedText(placed.p), 0.15, seed * 100_000 + i), simplified: undefined } })));
    const { items } = await checkDraft(cases.map((c) => c.draft), source);
    const figures = [];
    for (const [group, short] of [["short (< 60 Han)", true], ["long (≥ 60 Han)", false]] as const) {
      const mine = cases.flatMap((c, i) => (han(c.p.text) < 60 === short ? [{ ...c, item: items[i] as ItemResult }] : []));
      // First: the source shown first, or where none is shown, the passage nearest in wording (找相近的写法).
      const first = mine.filter(({ item, ...c }) => isSource(item.matches[0] ?? item.nearest[0], c)).length;
      const candidates = mine.filter(({ item, ...c }) => item.nearest.some((m) => isSource(m, c))).length;
      const counted = [];
      for (const c of mine) if (await countable(c.draft, c)) counted.push(c);
      const shown = counted.filter(({ item, ...c }) => isSource(item.matches[0], c)).length;
      console.log(`[check] ${group}, 15% replaced + a clause swap: source first ${percent(first, mine.length)}; compared ${percent(candidates, mine.length)}; shown first where the 8-character rule counts it ${percent(shown, counted.length)}`);
      figures.push({ group, drafts: mine.length, first: first / mine.length, shown: shown / counted.length });
    }
    // Both groups are printed before either is judged.
    for (const f of figures) {
      expect(f.drafts, f.group).toBeGreaterThan(300);
      expect(f.first, f.group).toBeGreaterThanOrEqual(0.95);
      expect(f.shown, f.group).toBeGreaterThanOrEqual(0.95);
    }
  }, 60_000);

  it("gives fresh text no match above the threshold for ≥ 95% of its paragraphs", async () => {
    const { items } = await checkDraft(fresh, source);
    const clean = items.filter((i) => i.matches.length === 0);
    console.log(`[check] fresh paragraphs without a match: ${clean.length}/${items.length} = ${((clean.length / items.length) * 100).toFixed(1)}%`);
    expect(items.length).toBeGreaterThan(100);
    expect(clean.length / items.length).toBeGreaterThanOrEqual(0.95);
  });
});
