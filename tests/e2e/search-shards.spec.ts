import { expect, expectedHits, loadCorpus, test } from "./fixtures.ts";

// The subpath site is built with its index cut into shards (tests/sites.ts): searching must see them all.
test("a search over an index in shards lists exactly the passages holding the phrase, in corpus order", async ({ guarded: page, baseURL }) => {
  const shards = (await (await page.request.get("pagefind/shards.json")).json()) as string[];
  expect(shards.length, "the subpath site's index is sharded").toBeGreaterThanOrEqual(2);
  const corpus = await loadCorpus(page);
  const base = new URL(baseURL ?? "").pathname;
  for (const q of ["群众", "学习教育", "好人主义", "集中制"]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("status")).toHaveText(/条，来自/);
    const more = page.getByRole("button", { name: /显示更多/ });
    const links = page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 }).getByRole("link");
    while (await more.isVisible()) {
      const shown = await links.count();
      await more.click();
      await expect.poll(() => links.count()).toBeGreaterThan(shown);
    }
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.map((h) => h.slice(base.length)), `results for “${q}” across ${shards.length + 1} shards`).toEqual(expectedHits(corpus, [q]).sort((a, b) => order(corpus, a) - order(corpus, b)));
  }
});

/** A passage's position in corpus order, from its `report url#id`. */
function order(corpus: Awaited<ReturnType<typeof loadCorpus>>, path: string): number {
  const all = corpus.reports.flatMap((r) => r.passages.map((p) => `${r.url}#${p.id}`));
  return all.indexOf(path);
}
