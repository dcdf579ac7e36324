import type { ShardList } from "../../src/search/shard-list.ts";
import { expect, expectedHits, loadCorpus, resultPaths, test } from "./fixtures.ts";

// The subpath site is built with its index cut into shards of 2 reports and its results in pages of 1 report
// (tests/sites.ts): a search starts on the newest shard and merges older ones as the reader pages on.
test("a search over an index in shards lists exactly the passages holding the phrase, newest year first, then in corpus order", async ({ guarded: page }) => {
  const { shards } = (await (await page.request.get("pagefind/shards.json")).json()) as ShardList;
  expect(shards.length, "the subpath site's index is sharded").toBeGreaterThanOrEqual(3);
  const corpus = await loadCorpus(page);
  for (const q of ["群众", "学习教育", "好人主义", "集中制"]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    expect(await resultPaths(page), `results for “${q}” across ${shards.length} shards`).toEqual(expectedHits(corpus, [q]).sort((a, b) => order(corpus, a) - order(corpus, b)));
    await expect(page.getByRole("status")).toHaveText(/条，来自/);
  }
});

test("a search shows the newest years' results first, says which years it has not searched yet, and goes on when asked", async ({ guarded: page }) => {
  const { shards, totals } = (await (await page.request.get("pagefind/shards.json")).json()) as ShardList;
  expect(shards.length).toBeGreaterThanOrEqual(3);
  const corpus = await loadCorpus(page);
  // A phrase in every report, so the newest shard has results and the older ones more.
  const q = "学习";
  expect(corpus.reports.every((r) => r.passages.some((p) => p.text.includes(q))), `every report has “${q}”`).toBe(true);
  // The facets open with the whole corpus's counts, read from shards.json.
  await page.goto("search/");
  const years = page.getByRole("group", { name: "年度" });
  for (const [year, n] of Object.entries(totals.year ?? {})) await expect(years).toContainText(`${year} (${n})`);
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  const status = page.getByRole("status");
  await expect(status).toHaveText(/以上只检索了.*篇报告，左侧的数目也只计这些；.*还没有检索。/);
  const more = page.getByRole("button", { name: /显示更多/ });
  await expect(more).toBeVisible();
  const paths = await resultPaths(page);
  expect(paths).toEqual(expectedHits(corpus, [q]).sort((a, b) => order(corpus, a) - order(corpus, b)));
  await expect(status).not.toContainText("还没有检索");
});

/** A passage's position in the search's order, from its `report url#id`: by year, newest first (no year last), then corpus order. */
function order(corpus: Awaited<ReturnType<typeof loadCorpus>>, path: string): number {
  const all = corpus.reports.flatMap((r) => r.passages.map((p) => `${r.url}#${p.id}`));
  const year = corpus.reports.find((r) => path.startsWith(`${r.url}#`))?.year ?? 0;
  return -year * all.length + all.indexOf(path);
}
