import type { APIRoute } from "astro";
import { getReports } from "../../lib/corpus.ts";
import { reportTitle } from "../../lib/report-title.ts";
import { reportPath } from "../../lib/urls.ts";
import { reviewRow } from "../../review/review-table.ts";

/** Every report's 审读 figures, a row a line (src/review/review-table.ts): what /review/ filters, sorts and exports. */
export const GET: APIRoute = async () => {
  const rows = (await getReports()).map((r) => JSON.stringify(reviewRow(r.id, reportPath(r.id), reportTitle(r.data), r.data)));
  return new Response(`[\n${rows.join(",\n")}\n]\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
