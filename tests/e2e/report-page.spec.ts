import { expect, loadCorpus, test } from "./fixtures.ts";

test("a report page renders its outline, and every outline entry and passage has its anchor", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.id.startsWith("000-"));
  if (!report) throw new Error("report 000 missing from corpus.json");
  await page.goto(report.url);
  const outline = page.getByRole("navigation", { name: "提纲" });
  // Report 000: 开头, 整改回顾, 问题 with 5 aspects, 原因, 措施, 结尾.
  await expect(outline.getByRole("link")).toHaveCount(6 + 5);
  for (const href of await outline.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    await expect(page.locator(`[id="${href?.slice(1)}"]`), `outline target ${href}`).toHaveCount(1);
  }
  for (const p of report.passages) {
    await expect(page.locator(`article[id="${p.id}"]`), `anchor #${p.id}`).toHaveCount(1);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/对照检查材料/);
});

test("an anchor link scrolls to the passage and marks it", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports[1];
  if (!report) throw new Error("no second report");
  await page.goto(`${report.url}#a4-2`);
  const passage = page.locator('[id="a4-2"]');
  await expect(passage).toBeInViewport();
  await expect(passage.locator(".headline")).toHaveText("斗争性不强");
  const background = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
});

test("report 002 shows its restored title and its metadata", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.id.startsWith("002-"));
  await page.goto(report?.url ?? "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("经开区党工委书记党史学习教育专题民主生活会对照检查材料");
  await expect(page.getByRole("definition").filter({ hasText: "经开区" })).toHaveCount(1);
});

test("theme tags on a passage link to the theme page", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports[1];
  await page.goto(report?.url ?? "");
  const passage = page.locator('[id="a4-2"]');
  const tag = passage.getByRole("list", { name: "问题类型" }).getByRole("link").first();
  await expect(tag).toHaveText("斗争精神");
  await tag.click();
  await expect(page).toHaveURL(/\/themes\/struggle\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("斗争精神");
});
