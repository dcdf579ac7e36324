import { chromium } from "playwright-core";
import { chromiumPath } from "../ensure-chromium.ts";

/** Bytes and time of one search in the browser. */
export interface SearchCost {
  query: string;
  /** Bytes the server sent for /pagefind/ for this search, text gzipped (page open included when cold). */
  bytes: number;
  /** Milliseconds from pressing Enter to the first result (or the no-result message) on screen. */
  ms: number;
  results: string;
}

/** Counts the bytes the server sends; Pagefind fetches from a shared worker, out of the page's sight. */
export interface ByteCounter {
  pagefindBytes: number;
}

/** Runs each query cold (fresh browser context, empty cache) and then warm (next query in the same page). */
export async function searchTimings(origin: string, queries: string[], counter: ByteCounter): Promise<{ cold: SearchCost[]; warm: SearchCost[] }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const cold: SearchCost[] = [];
  const warm: SearchCost[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const opened = counter.pagefindBytes;
      await page.goto(`${origin}search/`);
      await page.locator("#facets fieldset").first().waitFor();
      const run = async (q: string): Promise<SearchCost> => {
        const before = counter.pagefindBytes;
        const box = page.locator("#q");
        await box.fill(q);
        const started = Date.now();
        await box.press("Enter");
        await page.waitForFunction((q) => {
          const s = document.getElementById("summary")?.textContent ?? "";
          return s.includes(q) && !s.includes("正在");
        }, q);
        return { query: q, bytes: counter.pagefindBytes - before, ms: Date.now() - started, results: (await page.locator("#summary").textContent()) ?? "" };
      };
      const first = await run(query);
      cold.push({ ...first, bytes: counter.pagefindBytes - opened });
      warm.push(await run(queries[(i + 1) % queries.length] as string));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold, warm };
}
