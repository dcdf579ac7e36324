import type { APIRoute } from "astro";
import { buildTemplates } from "../../collection/templates.ts";
import { getReports } from "../../lib/corpus.ts";

/** The outline templates of the collection page (/collection/): each year's aspects as the corpus wrote them. */
export const GET: APIRoute = async () => {
  const reports = (await getReports()).map(({ data: r }) => ({ year: r.year, meeting: r.meeting, kind: r.kind, aspects: r.aspects }));
  return new Response(`${JSON.stringify(buildTemplates(reports), null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
