import { expect, letters, loadCorpus, test } from "./fixtures.ts";

test("a passage's look-alike opens side by side, the shared wording marked in both", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.passages.some((p) => p.similar.length > 0));
  const passage = report?.passages.find((p) => p.similar.length > 0);
  if (!report || !passage) throw new Error("no look-alike passages in the corpus");
  const [first] = passage.similar;
  const other = corpus.reports.find((r) => r.id === first?.report)?.passages.find((p) => p.id === first?.passage);

  await page.goto(`${report.url}#${passage.id}`);
  const best = Math.round(Math.max(...passage.similar.map((m) => m.jaccard)) * 100);
  const link = page.locator(`[id="${passage.id}"]`).getByRole("complementary").getByRole("link", { name: `${passage.similar.length} 条，相似度最高 ${best}%：逐条对照` });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/similar/#${passage.id}$`));

  const pair = page.locator(`[id="${passage.id}"]`).getByRole("group").first();
  await expect(pair).toContainText(`相似度 ${Math.round((first?.jaccard ?? 0) * 100)}%`);
  const sides = pair.locator(".pair-side");
  await expect(sides).toHaveCount(2);
  const left = (await sides.nth(0).locator("mark").allTextContents()).map(letters);
  const right = (await sides.nth(1).locator("mark").allTextContents()).map(letters);
  expect(left.length).toBeGreaterThan(0);
  expect(right.length).toBeGreaterThan(0);
  // Every marked run is in both passages, word for word.
  for (const m of left) {
    expect(letters(passage.text)).toContain(m);
    expect(letters(other?.text ?? "")).toContain(m);
  }
  for (const m of right) expect(letters(passage.text)).toContain(m);
  await expect(sides.nth(1).getByRole("link")).toHaveAttribute("href", new RegExp(`${first?.report}/#${first?.passage}$`));
});

test("the reviewers' page lists each report's share of close matches with earlier reports and the closest pairs, most similar first", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("similar/");
  const table = page.getByRole("region", { name: "各报告与较早报告的重合" }).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(corpus.reports.length + 1);
  const figures = await page.getByRole("region", { name: /最相近的/ }).getByRole("group").locator(".pair-figures strong").allTextContents();
  expect(figures.length).toBeGreaterThan(0);
  const values = figures.map((f) => Number.parseInt(f, 10));
  expect(values).toEqual([...values].sort((a, b) => b - a));
});
