// The 审读 signals in the browser, on the review site (tests/fixtures/review/ as one corpus): the reviewers' table and
// the report page's panel move as the variants move them.
import { expect, loadCorpus, test, type Corpus } from "./fixtures.ts";

type Report = Corpus["reports"][number] & { review: { concreteShare: number | null; repeats: unknown[] } };

async function reportBySource(page: Parameters<typeof loadCorpus>[0], ending: string): Promise<Report> {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.source.endsWith(ending));
  if (!report) throw new Error(`no report from ${ending} in corpus.json`);
  return report as Report;
}

test("the reviewers' table lists every report, sorts by a signal, filters by year and exports what it shows", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("review/");
  const table = page.getByRole("table", { name: "各报告的审读信号" });
  const rows = table.getByRole("row");
  // A header row and a row per report.
  await expect(rows).toHaveCount(corpus.reports.length + 1);

  await table.getByRole("button", { name: "具体" }).click();
  await expect(table.getByRole("columnheader", { name: "具体" })).toHaveAttribute("aria-sort", "descending");
  const added = await reportBySource(page, "001-facts-added.txt");
  const removed = await reportBySource(page, "004-facts-removed.txt");
  const order = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.querySelector("a")?.getAttribute("href") ?? ""));
  const at = (r: Report) => order.findIndex((href) => href.includes(r.url));
  // Facts written in: the variant climbs; facts taken out: it falls to 0% (below every report with a fact).
  expect(at(added)).toBeLessThan(at(removed));
  await expect(rows.filter({ hasText: added.title ?? "" }).getByRole("cell").nth(7)).toHaveText("57.1%");
  await expect(page).toHaveURL(/sort=concreteShare&order=desc/);

  await page.getByRole("combobox", { name: "年度" }).selectOption("2025");
  const in2025 = corpus.reports.filter((r) => r.year === 2025).length;
  expect(in2025).toBeGreaterThan(0);
  await expect(rows).toHaveCount(in2025 + 1);
  await expect(page.getByRole("status")).toContainText(`符合条件的 ${in2025} 篇`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 CSV" }).click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    let s = "";
    csv.on("data", (d) => (s += d));
    csv.on("end", () => resolve(s));
  });
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toMatch(/^\ufeff?报告,年度,会议/);
  expect(lines).toHaveLength(in2025 + 1);
});

test("a report page's 审读 panel shows the repeated problems of its author's earlier year and the series", async ({ guarded: page }) => {
  const later = await reportBySource(page, "last-year-reused/2023-fgj.txt");
  const earlier = await reportBySource(page, "last-year-reused/2022-fgj.txt");
  await page.goto(later.url);
  const panel = page.getByRole("region", { name: "审读" });
  await expect(panel.getByText(/署名“代号A07”的各年材料/)).toBeVisible();
  await expect(panel.getByRole("link", { name: "2022" })).toHaveAttribute("href", new RegExp(`${earlier.url}$`));
  const repeats = panel.locator('[data-signal="repeats"]');
  await expect(repeats).toContainText("6 条");
  await repeats.getByText("与往年相同的问题").click();
  await expect(repeats.getByRole("link").filter({ hasText: "理论学习不够系统深入" })).toHaveCount(1);
  // An earlier passage is a link into the earlier report.
  await repeats.getByText("往年对应的问题").click();
  const first = repeats.getByRole("link", { name: new RegExp(`^${earlier.id}#`) }).first();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${earlier.url}#a\\d+-\\d+$`));
});

test("a report page says which prescribed aspect was cut out and which items lack facts", async ({ guarded: page }) => {
  const cut = await reportBySource(page, "001-aspect-cut.txt");
  await page.goto(cut.url);
  const panel = page.getByRole("region", { name: "审读" });
  const prescribed = panel.locator('[data-signal="prescribed"]');
  await expect(prescribed).toContainText("2021 年度民主生活会");
  await expect(prescribed).toContainText("没有写到");
  await expect(prescribed).toContainText("两个确立");
  await expect(prescribed).toContainText("需留意");

  const removed = await reportBySource(page, "004-facts-removed.txt");
  await page.goto(removed.url);
  const concrete = page.getByRole("region", { name: "审读" }).locator('[data-signal="concrete"]');
  await expect(concrete).toContainText("0.0%");
  await concrete.getByText(/没有具体事实的问题条目/).click();
  // The evidence lists' links, not the link to the rule.
  const vague = concrete.getByRole("group").getByRole("link");
  await expect(vague).toHaveCount(removed.review.concreteShare === 0 ? removed.passages.filter((p) => p.section === "problem").length : 0);
  // Each piece of evidence is an anchor on the page itself.
  const href = await vague.first().getAttribute("href");
  await vague.first().click();
  await expect(page.locator(`[id="${href?.slice(1)}"]`)).toBeInViewport();
});

test("a report without a problem section says plainly that it cannot tell", async ({ guarded: page }) => {
  const report = await reportBySource(page, "2025-xinde.txt");
  await page.goto(report.url);
  const panel = page.getByRole("region", { name: "审读" });
  await expect(panel.locator('[data-signal="concrete"]')).toContainText("无从判断");
  await expect(panel.locator('[data-signal="prescribed"]')).toContainText("没有识别出“存在的问题”部分");
});

test("each signal states its rule in one sentence and links to the rule in full, stated once on /review/", async ({ guarded: page }) => {
  const report = await reportBySource(page, "001-aspect-cut.txt");
  await page.goto(report.url);
  const prescribed = page.getByRole("region", { name: "审读" }).locator('[data-signal="prescribed"]');
  // The report's own notice is named where its rule is stated.
  await expect(prescribed).toContainText(/规则：按当年通知规定的方面（.+）逐一对照/);
  const stock = page.getByRole("region", { name: "审读" }).locator('[data-signal="stock"]');
  await expect(stock).toContainText("规则：在语料 5.0% 以上（且至少 3 篇）的材料中都出现的四字串算作套话");
  await stock.getByRole("link", { name: "套话的规则与局限" }).click();
  await expect(page).toHaveURL(/\/review\/#rule-stock$/);
  const section = page.locator("#rule-stock");
  await expect(section.getByRole("heading", { name: "套话" })).toBeInViewport();
  await expect(section).toContainText("连成不超过 30 字的一段");
  await expect(section).toContainText("局限：");
  // One section per signal, in the panel's order.
  await expect(page.getByRole("region", { name: "各项的规则与局限" }).getByRole("heading", { level: 3 })).toHaveText(["套话", "具体", "规定方面", "原因", "措施", "整改回顾", "口吻", "年复一年"]);
});
