import { expect, loadCorpus, test } from "./fixtures.ts";

test("the home page says what the corpus is, how big, and offers every way in", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("对照检查材料库");
  const passages = corpus.reports.reduce((n, r) => n + r.passages.length, 0);
  await expect(page.getByText(`${corpus.reports.length} 篇报告`)).toBeVisible();
  await expect(page.getByText(`${passages} 条`, { exact: true })).toBeVisible();
  for (const name of ["按报告浏览", "按方面浏览", "按问题类型浏览", "下载数据"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
});

test("corpus.json follows the DESIGN.md contract", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  expect(corpus.reports).toHaveLength(5);
  expect(corpus.problems).toEqual([]);
  for (const r of corpus.reports) {
    for (const key of ["id", "source", "url", "title", "unit", "role", "meeting", "year", "kind", "themes", "passages"]) expect(r, `${r.id}.${key}`).toHaveProperty(key);
    expect(r.url).toBe(`reports/${r.id}/`);
    const ids = r.passages.map((p) => p.id);
    expect(new Set(ids).size, `${r.id}: passage ids unique`).toBe(ids.length);
    for (const p of r.passages) {
      expect(["preamble", "review", "problem", "cause", "measure", "closing"]).toContain(p.section);
      expect(p.section === "problem" || p.aspect === 0, `${r.id}#${p.id} aspect`).toBe(true);
    }
  }
});

test("the build report lists every source file and is linked from the footer", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("");
  await page.getByRole("contentinfo").getByRole("link", { name: "构建报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("构建报告");
  for (const r of corpus.reports) await expect(page.getByRole("cell", { name: r.source })).toBeVisible();
});
