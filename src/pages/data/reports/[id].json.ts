import type { APIRoute, GetStaticPaths } from "astro";
import { getReports, type ReportEntry } from "../../../lib/corpus.ts";
import { pageReport } from "../../../lib/page-report.ts";
import { reportDigest } from "../../../lib/cache-key.ts";
import { loadReport } from "../../../lib/report-data.ts";

export const getStaticPaths = (async () =>
  (await getReports()).map((report) => ({ params: { id: report.id }, props: { report }, cacheKey: reportDigest(report) }))) satisfies GetStaticPaths;

/** One report's text and structure (src/lib/page-report.ts), so that a page collecting or exporting it need not read the whole corpus. */
export const GET: APIRoute<{ report: ReportEntry }> = async ({ props }) =>
  new Response(`${JSON.stringify(pageReport(props.report.id, await loadReport(props.report)))}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
