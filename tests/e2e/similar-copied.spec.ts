import { expect, loadCorpus, test } from "./fixtures.ts";

// tests/fixtures/injection/copied-items.txt copies most items of traditional-mirror.txt word for word, in
// simplified characters: on the look-alike page such a copy is named, not shown a second time beside the item.
test("a look-alike worded exactly as the passage is only named under it, and the passage shown once", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const copy = corpus.reports.find((r) => r.source === "copied-items.txt");
  const mirror = corpus.reports.find((r) => r.source === "traditional-mirror.txt");
  const passage = copy?.passages.find((p) => p.id === "a1-1");
  if (!copy || !mirror || !passage) throw new Error("copied-items.txt or traditional-mirror.txt is not in the injection corpus");
  expect(passage.similar.map((m) => m.report)).toEqual([mirror.id]);

  await page.goto(`${copy.url}similar/#${passage.id}`);
  const section = page.getByRole("region", { name: /第1方面 第1条：学习不够系统/ });
  await expect(section.locator(".pair-side")).toHaveCount(1);
  await expect(section.locator(".pair-side")).toContainText(passage.text);
  await expect(section.getByRole("group")).toHaveCount(0);
  const named = section.locator(".pair-repeat");
  await expect(named).toHaveCount(1);
  await expect(named).toContainText("与本条逐字相同");
  await expect(named.getByRole("link")).toHaveAttribute("href", new RegExp(`${mirror.url}#${passage.similar[0]?.passage}$`));

  // An item worded otherwise (the closing remarks) is still shown side by side, its shared wording marked.
  const closing = page.locator(`[id="closing-1"]`);
  await expect(closing.getByRole("group").locator(".pair-side")).toHaveCount(2);
  expect(await closing.locator("mark").count()).toBeGreaterThan(0);
});
