import type { APIRoute } from "astro";
import { getReviewRows } from "../../lib/corpus.ts";
import { reviewCsv } from "../../review/review-table.ts";

/** The same rows as CSV, for a reader without JavaScript or a spreadsheet: addresses relative to the site root. */
export const GET: APIRoute = async () =>
  // A byte-order mark, so that Excel reads the Chinese as UTF-8.
  new Response(`\ufeff${reviewCsv(await getReviewRows(), "")}`, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
