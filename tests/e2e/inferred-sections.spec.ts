import { expect, loadCorpus, test } from "./fixtures.ts";

// tests/fixtures/injection/unheaded-second-page.txt is the second page of an article: it starts at 二是 in the
// middle of an aspect, and no section has a heading; its causes and measures are led in by sentences.
const source = "unheaded-second-page.txt";

test("a report without headings is read into problems, causes and measures by its wording", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.source === source);
  const count = (section: string) => report?.passages.filter((p) => p.section === section).length;
  expect([count("preamble"), count("problem"), count("cause"), count("measure"), count("closing")]).toEqual([0, 4, 3, 3, 1]);
  expect(report?.passages.find((p) => p.section === "problem")?.headline).toBe("调查研究不够深入");
});

test("the report page says which sections had no heading and what they were read from", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto(corpus.reports.find((r) => r.source === source)?.url ?? "/");
  const causes = page.getByRole("region", { name: "原因", exact: true });
  await expect(causes).toContainText("原文这里没有标题，读作原因部分（依据：“产生上述问题的原因");
  for (const headline of ["理想信念有所松懈", "宗旨意识有所淡化", "纪律规矩意识有所放松"]) await expect(causes).toContainText(headline);
  await expect(page.getByRole("region", { name: "问题", exact: true })).toContainText("依据：正文以编号开头");
});

test("the build report lists each section so read", async ({ guarded: page }) => {
  await page.goto("build-report/");
  const notes = page.getByRole("region", { name: "对原文所做的处理" });
  await expect(notes.getByRole("listitem").filter({ hasText: source })).toContainText(/没有问题部分的标题.*没有原因部分的标题.*没有措施部分的标题/);
});

test("an item of a section of no known kind is classified like a problem", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const other = corpus.reports.flatMap((r) => r.passages).filter((p) => p.section === "other");
  expect(other.length).toBeGreaterThan(0);
  expect(other.every((p) => p.themes.length > 0)).toBe(true);
});
