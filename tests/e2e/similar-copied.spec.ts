import { expect, loadCorpus, test } from "./fixtures.ts";

// tests/fixtures/injection/copied-items.txt copies most items of traditional-mirror.txt word for word, in
// simplified characters: on the look-alike page such a copy is named, not shown beside the item, and the item itself,
// when it has no other look-alike, is named and linked to on its report page rather than shown there again.
test("a passage whose look-alikes are all copies of it is linked to on its report page and the copies named", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const copy = corpus.reports.find((r) => r.source === "copied-items.txt");
  const mirror = corpus.reports.find((r) => r.source === "traditional-mirror.txt");
  const passage = copy?.passages.find((p) => p.id === "a1-1");
  if (!copy || !mirror || !passage) throw new Error("copied-items.txt or traditional-mirror.txt is not in the injection corpus");
  expect(passage.similar.map((m) => m.report)).toEqual([mirror.id]);

  await page.goto(`${copy.url}similar/#${passage.id}`);
  const section = page.getByRole("region", { name: /第1方面 第1条：学习不够系统/ });
  await expect(section.getByRole("group")).toHaveCount(0);
  await expect(section).not.toContainText(passage.text);
  await expect(section).toContainText("与它逐字相同的条目");
  const copies = section.getByRole("list").getByRole("link");
  await expect(copies).toHaveCount(1);
  await expect(copies).toHaveAttribute("href", new RegExp(`${mirror.url}#${passage.similar[0]?.passage}$`));
  await section.getByRole("link", { name: "本条原文" }).click();
  await expect(page).toHaveURL(new RegExp(`${copy.url}#${passage.id}$`));
  await expect(page.locator(`[id="${passage.id}"]`)).toContainText(passage.headline);
  await page.goBack();

  // An item worded otherwise (the closing remarks) is still shown side by side, its shared wording marked.
  const closing = page.locator(`[id="closing-1"]`);
  await expect(closing.getByRole("group").locator(".pair-side")).toHaveCount(2);
  expect(await closing.locator("mark").count()).toBeGreaterThan(0);
});
