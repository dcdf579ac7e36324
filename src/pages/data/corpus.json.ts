import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { getReports } from "../../lib/corpus.ts";
import { reportPath } from "../../lib/urls.ts";

/** The whole normalized corpus, as DESIGN.md specifies it: the contract other tools read. */
export const GET: APIRoute = async () => {
  const reports = (await getReports()).map(({ id, data: r }) => ({
    id,
    source: r.source,
    url: reportPath(id),
    title: r.title,
    unit: r.unit,
    role: r.role,
    meeting: r.meeting,
    year: r.year,
    themes: r.themes,
    structured: r.structured,
    passages: r.passages.map((p) => ({
      id: p.id,
      section: p.section,
      aspect: p.aspect,
      marker: p.marker,
      headline: p.headline,
      text: p.text,
      themes: p.themes,
      confidence: p.confidence,
      related: p.related,
      similar: p.similar,
      echoesEarlier: p.echoesEarlier,
    })),
  }));
  const problems = (await getCollection("files"))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((f) => f.data.problems.map((message) => ({ source: f.id, message })));
  return new Response(`${JSON.stringify({ reports, problems }, null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
