import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import { unknown } from "../../src/lib/labels.ts";
import { reportTitle } from "../../src/lib/report-title.ts";
import { indexTokens } from "../../src/search/bigrams.ts";

/** The part of dist/data/corpus.json the index is made from. */
interface Corpus {
  reports: {
    id: string;
    url: string;
    title: string | null;
    unit: string | null;
    role: string | null;
    meeting: string | null;
    year: number | null;
    passages: { id: string; section: string; aspect: number; headline: string; text: string; themes: string[] }[];
  }[];
}

/** One Pagefind record per passage: character pairs to search, the original text and facets to show. */
export function passageRecords(corpus: Corpus): CustomRecord[] {
  return corpus.reports.flatMap((report, r) => {
    const title = reportTitle(report);
    return report.passages.map((passage, p) => ({
      url: `${report.url}#${passage.id}`,
      content: indexTokens(passage.text).join(" "),
      language: "en",
      meta: {
        title: passage.headline || title,
        report_title: title,
        path: `${report.url}#${passage.id}`,
        text: passage.text,
        headline: passage.headline,
        section: passage.section,
        aspect: String(passage.aspect),
        unit: report.unit ?? "",
        role: report.role ?? "",
      },
      filters: {
        theme: passage.themes,
        section: [passage.section],
        ...(passage.section === "problem" && passage.aspect > 0 ? { aspect: [String(passage.aspect)] } : {}),
        role: [report.role ?? unknown],
        unit: [report.unit ?? unknown],
        meeting: [report.meeting ?? unknown],
        year: [report.year ? String(report.year) : unknown],
        report: [report.id],
      },
      // Exact matches all score alike: order them as the corpus reads, grouped by report.
      sort: { order: `${String(r).padStart(6, "0")}-${String(p).padStart(4, "0")}` },
    }));
  });
}

/** Records sent to Pagefind before waiting for its answers: the service reads them in order, so output stays deterministic. */
const batch = 500;

/**
 * Writes dist/pagefind/: one record per passage, its text indexed as character pairs under a
 * non-segmenting language, so that any substring is found as a phrase (see src/search/bigrams.ts).
 */
export async function buildSearchIndex(dist: string): Promise<{ records: number }> {
  const corpus = JSON.parse(await readFile(join(dist, "data", "corpus.json"), "utf8")) as Corpus;
  const records = passageRecords(corpus);
  // Pagefind adds to an existing folder: an index rebuilt alone (--only=search) must not keep stale fragments.
  await rm(join(dist, "pagefind"), { recursive: true, force: true });
  // forceLanguage keeps Pagefind from segmenting or stemming differently per page.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join("; ")}`);
    for (let i = 0; i < records.length; i += batch) {
      const chunk = records.slice(i, i + batch);
      const added = await Promise.all(chunk.map((record) => index.addCustomRecord(record)));
      added.forEach((a, j) => {
        if (a.errors.length > 0) throw new Error(`Pagefind 拒绝了 ${chunk[j]?.url}：${a.errors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath: join(dist, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join("; ")}`);
    // The search page has its own UI; Pagefind's prebuilt UIs would only be dead weight on the server.
    const unused = (await readdir(written.outputPath)).filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f));
    await Promise.all(unused.map((f) => rm(join(written.outputPath, f))));
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}
