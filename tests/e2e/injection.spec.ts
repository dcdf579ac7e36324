// Runs against the site built from tests/fixtures/injection/, whose report items hold these strings.
import type { Locator, Page } from "@playwright/test";
import { expect, loadCorpus, test } from "./fixtures.ts";

const hostile = [
  "<script>alert(1)</script>",
  `<img src=x onerror="window.__pwned=1">`,
  "**bold**",
  "[link](http://evil.example)",
  "<b>x</b>",
  "{{x}}",
  "${x}",
];

/** Records every alert/confirm/prompt the page opens: content must never open one. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

/** Fails unless every hostile string shows as text in `region`, and nothing in it became markup or ran. */
async function expectLiteral(page: Page, region: Locator, where: string, dialogs: string[]): Promise<void> {
  const shown = await region.innerText();
  const missing = hostile.filter((s) => !shown.includes(s));
  expect(missing, `${where}: strings not shown literally`).toEqual([]);
  const made = await region.evaluate((el) => ({
    scripts: el.querySelectorAll("script").length,
    images: el.querySelectorAll("img").length,
    bold: el.querySelectorAll("b").length,
    evilLinks: el.querySelectorAll('a[href*="evil.example"]').length,
  }));
  expect(made, `${where}: elements made from content`).toEqual({ scripts: 0, images: 0, bold: 0, evilLinks: 0 });
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), `${where}: window.__pwned set by content`).toBeUndefined();
  expect(dialogs, `${where}: dialogs opened by content`).toEqual([]);
}

test("hostile text in a report renders literally on its report page and runs nothing", async ({ guarded: page }) => {
  const dialogs = watchDialogs(page);
  const corpus = await loadCorpus(page);
  const url = corpus.reports.find((r) => r.source === "hostile.txt")?.url ?? "";
  await page.goto(url);
  await expectLiteral(page, page.getByRole("main"), `report page ${url}`, dialogs);
});

test("hostile text renders literally on the theme page, with every passage opened, and runs nothing", async ({ guarded: page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("themes/struggle/");
  const toggles = page.getByRole("main").getByRole("group").locator("summary");
  for (const toggle of await toggles.all()) await toggle.click();
  await expectLiteral(page, page.getByRole("main"), "theme page themes/struggle/", dialogs);
});

test("hostile text renders literally in search results and runs nothing", async ({ guarded: page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`search/?q=${encodeURIComponent("好人主义")}`);
  const results = page.getByRole("region", { name: "检索结果" });
  await expect(page.getByRole("status")).toHaveText(/条，来自/);
  await expect(page.getByRole("button", { name: /显示更多/ }), "all results on one page").toBeHidden();
  await expectLiteral(page, results, "search results for 好人主义", dialogs);
});
