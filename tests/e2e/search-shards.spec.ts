import { expect, expectedHits, loadCorpus, resultPaths, test } from "./fixtures.ts";

// The subpath site is built with its index cut into shards (tests/sites.ts): searching must see them all.
test("a search over an index in shards lists exactly the passages holding the phrase, newest year first, then in corpus order", async ({ guarded: page }) => {
  const shards = (await (await page.request.get("pagefind/shards.json")).json()) as string[];
  expect(shards.length, "the subpath site's index is sharded").toBeGreaterThanOrEqual(2);
  const corpus = await loadCorpus(page);
  for (const q of ["群众", "学习教育", "好人主义", "集中制"]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("status")).toHaveText(/条，来自/);
    expect(await resultPaths(page), `results for “${q}” across ${shards.length + 1} shards`).toEqual(expectedHits(corpus, [q]).sort((a, b) => order(corpus, a) - order(corpus, b)));
  }
});

/** A passage's position in the search's order, from its `report url#id`: by year, newest first (no year last), then corpus order. */
function order(corpus: Awaited<ReturnType<typeof loadCorpus>>, path: string): number {
  const all = corpus.reports.flatMap((r) => r.passages.map((p) => `${r.url}#${p.id}`));
  const year = corpus.reports.find((r) => path.startsWith(`${r.url}#`))?.year ?? 0;
  return -year * all.length + all.indexOf(path);
}
