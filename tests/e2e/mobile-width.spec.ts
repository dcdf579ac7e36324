import type { Page } from "@playwright/test";
import { expect, loadCorpus, test } from "./fixtures.ts";

// The narrowest phones in use are 360 CSS pixels wide.
test.use({ viewport: { width: 360, height: 740 } });

/** Fails when the page scrolls sideways, naming the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 10) };
  });
  expect(overflow.scroll, `${name} (${page.url()}) scrolls sideways at ${overflow.width} px; too wide:\n${overflow.wide.join("\n")}`).toBeLessThanOrEqual(overflow.width);
}

const pages: [string, string][] = [
  ["the home page", ""],
  ["a theme page", "themes/struggle/"],
  ["the themes index", "themes/"],
  ["the reports index", "reports/"],
  ["the aspects page", "aspects/"],
  ["the build report", "build-report/"],
  ["the collection page", "collection/"],
];

for (const [name, path] of pages) {
  test(`${name} fits a 360 px wide phone`, async ({ guarded: page }) => {
    await page.goto(path);
    await expectNoSidewaysScroll(page, name);
  });
}

test("every report page fits a 360 px wide phone", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  for (const report of corpus.reports) {
    await page.goto(report.url);
    await expectNoSidewaysScroll(page, `report ${report.id}`);
  }
});

test("the search page with results and filters fits a 360 px wide phone", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("好人主义")}`);
  await expect(page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectNoSidewaysScroll(page, "the search page");
});
