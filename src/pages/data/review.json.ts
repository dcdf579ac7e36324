import type { APIRoute } from "astro";
import { getReviewRows } from "../../lib/corpus.ts";

/** Every report's 审读 figures, a row a line (src/review/review-table.ts): what /review/ filters, sorts and exports. */
export const GET: APIRoute = async () => {
  const rows = (await getReviewRows()).map((row) => JSON.stringify(row));
  return new Response(`[\n${rows.join(",\n")}\n]\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
