import type { APIRoute } from "astro";
import { getReports } from "../../lib/corpus.ts";
import { reportTitle } from "../../lib/report-title.ts";
import { reportPath } from "../../lib/urls.ts";
import { reviewCsv, reviewRow } from "../../review/review-table.ts";

/** The same rows as CSV, for a reader without JavaScript or a spreadsheet: addresses relative to the site root. */
export const GET: APIRoute = async () => {
  const rows = (await getReports()).map((r) => reviewRow(r.id, reportPath(r.id), reportTitle(r.data), r.data));
  // A byte-order mark, so that Excel reads the Chinese as UTF-8.
  return new Response(`\ufeff${reviewCsv(rows, "")}`, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
