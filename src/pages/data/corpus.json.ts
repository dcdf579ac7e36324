import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { corpusJsonLines } from "../../lib/corpus-export.ts";
import { getReports } from "../../lib/corpus.ts";
import { loadReport } from "../../lib/report-data.ts";

/** The whole normalized corpus, as DESIGN.md specifies it: the contract other tools read. Streamed a report at a time. */
export const GET: APIRoute = async () => {
  const summaries = await getReports();
  async function* reports() {
    for (const entry of summaries) yield { id: entry.id, data: await loadReport(entry) };
  }
  const lines = corpusJsonLines(reports(), await getCollection("files"));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
