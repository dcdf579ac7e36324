import { expect, loadCorpus, test } from "./fixtures.ts";

test("a problem shows the causes and measures that address it, and each links back to the problem", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.passages.some((p) => p.section === "problem" && p.related.some((id) => id.startsWith("cause-"))));
  if (!report) throw new Error("no problem with a linked cause in the corpus");
  const problem = report.passages.find((p) => p.section === "problem" && p.related.some((id) => id.startsWith("cause-")));
  const causeId = problem?.related.find((id) => id.startsWith("cause-")) ?? "";

  await page.goto(`${report.url}#${problem?.id}`);
  const aside = page.locator(`[id="${problem?.id}"]`).getByRole("complementary");
  // The list is captioned by the line above it.
  await expect(aside.getByText("对应的原因和措施", { exact: true })).toBeVisible();
  const answers = aside.getByRole("list").getByRole("link");
  await expect(answers).toHaveCount(problem?.related.length ?? 0);
  await aside.locator(`a[href="#${causeId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${causeId}$`));
  const cause = page.locator(`[id="${causeId}"]`);
  await expect(cause).toBeInViewport();

  await expect(cause.getByRole("complementary").getByText("针对的问题", { exact: true })).toBeVisible();
  const back = cause.getByRole("complementary").getByRole("list").locator(`a[href="#${problem?.id}"]`);
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`#${problem?.id}$`));
  await expect(page.locator(`[id="${problem?.id}"]`)).toBeInViewport();
});
