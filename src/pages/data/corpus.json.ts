import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { corpusJsonLines } from "../../lib/corpus-export.ts";
import { getReports } from "../../lib/corpus.ts";

/** The whole normalized corpus, as DESIGN.md specifies it: the contract other tools read. Streamed a report at a time. */
export const GET: APIRoute = async () => {
  const lines = corpusJsonLines(await getReports(), await getCollection("files"));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
