// How well 查重 finds disguised copies and leaves fresh text alone, over generated drafts. The corpus: the five
// shipped reports and half the real-form fixtures (our own words); fresh text: the items of the other half.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readOne } from "../../../../scripts/corpus/read-one.ts";
import { listSources } from "../../../../scripts/sources/list-sources.ts";
import { reportTitle } from "../../../../src/lib/report-title.ts";
import type { ParsedReport, Report } from "../../../../src/schemas/report.ts";
import { buildCheckIndex, type IndexedReport } from "../../../../src/similarity/check/build-index.ts";
import { comparedText } from "../../../../src/text/script.ts";
import { checkDraft, type DraftItem, type IndexSource } from "../../../../src/similarity/check/check-draft.ts";
import { decodeShard } from "../../../../src/similarity/check/shard-codec.ts";
import { processOptions, repoRoot } from "../../helpers.ts";
import { editPassage } from "../../support/edit-passage.ts";

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
  const index = buildCheckIndex(corpus);
  source = {
    manifest: index.manifest,
    shard: async (n) => decodeShard(index.shards[n] as Uint8Array),
    chunk: async (n) => index.chunks[n] as never,
    text: async (id) => ({ passages: corpus.find((r) => r.id === id)?.passages ?? [] }),
  };
}, 120_000);

describe("查重 over generated drafts", () => {
  it("finds a passage copied with up to 15% of its characters changed, the right source first, for ≥ 95%", async () => {
    const passages = corpus.flatMap((r) => r.passages.map((p) => ({ r, p }))).filter(({ p }) => han(p.text) >= 40);
    const drafts = passages.map(({ p }, i) => ({ ...asItem(p), text: editPassage(comparedText(p), 0.15, i + 1), simplified: undefined }));
    const { items } = await checkDraft(drafts, source);
    const found = items.filter((item, i) => {
      const best = item.matches[0];
      const { r, p } = passages[i] as (typeof passages)[number];
      // A passage worded exactly as its source elsewhere in the corpus is as right a source.
      return best && (best.url === `${r.url}#${p.id}` || comparedText(best.passage) === comparedText(p));
    });
    console.log(`[check] edited copies found, right source first: ${found.length}/${items.length} = ${((found.length / items.length) * 100).toFixed(1)}%`);
    expect(items.length).toBeGreaterThan(100);
    expect(found.length / items.length).toBeGreaterThanOrEqual(0.95);
  });

  it("gives fresh text no match above the threshold for ≥ 95% of its paragraphs", async () => {
    const { items } = await checkDraft(fresh, source);
    const clean = items.filter((i) => i.matches.length === 0);
    console.log(`[check] fresh paragraphs without a match: ${clean.length}/${items.length} = ${((clean.length / items.length) * 100).toFixed(1)}%`);
    expect(items.length).toBeGreaterThan(100);
    expect(clean.length / items.length).toBeGreaterThanOrEqual(0.95);
  });
});
