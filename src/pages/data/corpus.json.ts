import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { corpusExport } from "../../lib/corpus-export.ts";
import { getReports } from "../../lib/corpus.ts";

/** The whole normalized corpus, as DESIGN.md specifies it: the contract other tools read. */
export const GET: APIRoute = async () => {
  const corpus = corpusExport(await getReports(), await getCollection("files"));
  return new Response(`${JSON.stringify(corpus, null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
