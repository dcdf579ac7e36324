import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, loadCorpus, test } from "./fixtures.ts";

// axe walks the whole page: tens of seconds on a busy machine with a long report, never near this.
test.describe.configure({ timeout: 120_000 });

/** Runs axe on the page as it is now and fails on any serious or critical violation, naming page and elements. */
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).slice(0, 8).join("\n    ")}`);
  expect(report, `axe on ${state} (${page.url()}):\n${report.join("\n")}`).toEqual([]);
}

async function filtersLoaded(page: Page): Promise<void> {
  await expect(page.getByRole("complementary", { name: "筛选" }).getByRole("group", { name: "问题类型" })).toBeVisible();
}

const pages: [string, string][] = [
  ["the home page", ""],
  ["the reports index", "reports/"],
  ["the themes index", "themes/"],
  ["a theme page", "themes/struggle/"],
  ["the aspects page", "aspects/"],
  ["the build report", "build-report/"],
  ["the browse index", "browse/"],
  ["the browse-by-role page", "browse/role/"],
  ["the closest-pairs page", "similar/"],
];

for (const [name, path] of pages) {
  test(`axe finds no serious or critical violation on ${name}`, async ({ guarded: page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page, name);
  });
}

test("axe finds no serious or critical violation on the reviewers' page once its table is drawn", async ({ guarded: page }) => {
  await page.goto("review/");
  await expect(page.getByRole("table", { name: "各报告的审读信号" }).getByRole("row")).not.toHaveCount(0);
  await expectNoSeriousViolations(page, "the reviewers' page");
});

test("axe finds no serious or critical violation on a report page and its look-alikes page", async ({ guarded: page }) => {
  // Two of the site's longest pages: axe takes over 20 s on each when the machine is busy.
  test.setTimeout(120_000);
  const corpus = await loadCorpus(page);
  await page.goto(corpus.reports[0]?.url ?? "");
  await expectNoSeriousViolations(page, "a report page");
  await page.goto(`${corpus.reports[0]?.url ?? ""}similar/`);
  await expectNoSeriousViolations(page, "a report's look-alikes page");
});

test("axe finds no serious or critical violation on the empty search page", async ({ guarded: page }) => {
  await page.goto("search/");
  await filtersLoaded(page);
  await expectNoSeriousViolations(page, "the empty search page");
});

test("axe finds no serious or critical violation on the search page after a search and a filter", async ({ guarded: page }) => {
  await page.goto("search/");
  const box = page.getByRole("main").getByRole("searchbox", { name: "要找的字句" });
  await box.fill("好人主义");
  await box.press("Enter");
  const results = page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 });
  await expect(results.first()).toBeVisible();
  await page.getByRole("complementary", { name: "筛选" }).getByRole("checkbox", { name: /斗争精神/ }).check();
  await expect(page).toHaveURL(/theme=struggle/);
  await expect(page.getByRole("status")).toHaveText(/条，来自/);
  await expectNoSeriousViolations(page, "the search page after searching 好人主义 and filtering by 斗争精神");
});

test("axe finds no serious or critical violation on the KWIC view", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("群众")}&view=kwic`);
  await expect(page.getByRole("table").getByRole("caption")).toHaveText(/共 \d+ 处/);
  await expectNoSeriousViolations(page, "the KWIC view of 群众");
});

test("axe finds no serious or critical violation on the 查重 page, empty and with a result", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("check/");
  await expectNoSeriousViolations(page, "the empty 查重 page");
  await page.getByRole("textbox", { name: "草稿" }).fill(corpus.reports[0]?.passages.map((p) => p.text).join("\n") ?? "");
  await page.getByRole("button", { name: "查重", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /查重完成|没有完成/ })).toHaveText(/查重完成/, { timeout: 90_000 });
  await expectNoSeriousViolations(page, "the 查重 page with a result");
});

test("axe finds no serious or critical violation on the 查重 page with a batch of files and one draft opened", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("check/");
  const files = corpus.reports.slice(0, 3).map((r, i) => ({ name: `草稿${i + 1}.txt`, mimeType: "text/plain", buffer: Buffer.from(r.passages.map((p) => p.text).join("\n")) }));
  await page.getByLabel("或打开文件").setInputFiles(files);
  await expect(page.getByRole("status").first()).toHaveText(/本批 3 份查完/, { timeout: 90_000 });
  await page.getByRole("table", { name: /本批草稿/ }).getByRole("button", { name: "草稿1.txt" }).click();
  await expect(page.getByRole("region", { name: "查重结果" }).getByRole("region", { name: "审读" })).toBeVisible();
  await expectNoSeriousViolations(page, "the 查重 page with a batch");
});
