import { expect, loadCorpus, test } from "./fixtures.ts";

test("a theme page lists every passage of the theme, grouped by section, linking to its place", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const expected = corpus.reports.flatMap((r) => r.passages.filter((p) => p.themes.includes("struggle")).map((p) => `${r.url}#${p.id}`));
  await page.goto("themes/struggle/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("斗争精神");
  const links = page.getByRole("region").getByRole("listitem").getByRole("link");
  const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).map((h) => h.replace(/^\//, ""));
  expect(hrefs.sort()).toEqual(expected.sort());
  await expect(page.getByRole("heading", { level: 2, name: /^问题（\d+）$/ })).toBeVisible();
  const first = links.first();
  const href = (await first.getAttribute("href")) ?? "";
  await first.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
});

test("the themes index links all 17 themes with their counts", async ({ guarded: page }) => {
  await page.goto("themes/");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(18);
  await page.getByRole("link", { name: "理论学习" }).first().click();
  await expect(page).toHaveURL(/\/themes\/theory-study\/$/);
});
