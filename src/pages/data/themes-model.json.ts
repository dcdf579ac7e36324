import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { APIRoute } from "astro";

/**
 * The classifier's model as the build made it (lexicons, and n-gram profiles learned from them, their examples and the
 * corpus): what `classify` in src/themes/ reads, so a page can place a pasted draft exactly as the build placed the corpus.
 * Written by scripts/ingest.ts; the build runs in the project folder.
 */
export const GET: APIRoute = async () =>
  new Response(await readFile(join(process.cwd(), "content", "build", "themes-model.json"), "utf8"), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
