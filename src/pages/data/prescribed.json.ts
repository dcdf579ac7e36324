import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { APIRoute } from "astro";

/**
 * The prescribed aspects of every year and meeting (content/prescribed/, validated by scripts/ingest.ts): the 查重 page
 * reviews a draft against them as the build reviewed the corpus. Written by scripts/ingest.ts; the build runs in the project folder.
 */
export const GET: APIRoute = async () =>
  new Response(await readFile(join(process.cwd(), "content", "build", "prescribed.json"), "utf8"), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
