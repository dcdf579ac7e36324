import type { Page } from "@playwright/test";
import { expect, expectedHits, loadCorpus, resultPaths, test } from "./fixtures.ts";

// A search settles in a second or two; twelve in one test take tens of seconds on a machine busy with other work.
test.describe.configure({ timeout: 120_000 });

/** Every result of the settled search, as site-relative paths, sorted. */
async function allResults(page: Page): Promise<string[]> {
  return (await resultPaths(page)).sort();
}

async function searchFor(page: Page, q: string): Promise<void> {
  const box = page.getByRole("main").getByRole("searchbox", { name: "要找的字句" });
  await box.fill(q);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, "(\\+|%20)")}`));
}

test("typing 好人主义 in the search box returns exactly the passages that hold it, phrase highlighted", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("search/");
  await searchFor(page, "好人主义");
  const expected = expectedHits(corpus, ["好人主义"]);
  expect(expected.length, "the shipped corpus holds 好人主义").toBeGreaterThan(0);
  expect(await allResults(page)).toEqual(expected);
  const marks = await page.getByRole("region", { name: "检索结果" }).locator("mark").allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m).toBe("好人主义");
});

const phrases = ["学习教育", "集中制", "党史", "两个确立", "形式主义", "好人主义", "急难愁盼", "民主生活会", "不存在的短语甲乙"];

for (const q of phrases) {
  test(`exact search for “${q}” lists every passage containing it and no other`, async ({ guarded: page }) => {
    const corpus = await loadCorpus(page);
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    const expected = expectedHits(corpus, [q]);
    if (expected.length === 0) {
      await expect(page.getByRole("status")).toHaveText(/没有/);
      return;
    }
    expect(await allResults(page)).toEqual(expected);
  });
}

test("a single character asks for two and lists nothing", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("学")}`);
  await expect(page.getByRole("status")).toHaveText(/至少需要两个字：“学”只有一个字/);
  await expect(page.getByRole("region", { name: "检索结果" }).getByRole("listitem")).toHaveCount(0);
});

test("random substrings of the corpus are found exactly", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const texts = corpus.reports.flatMap((r) => r.passages.map((p) => p.text));
  // A fixed-seed generator keeps the sample the same on every run.
  let seed = 20261124;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const samples: string[] = [];
  while (samples.length < 12) {
    const text = texts[rand(texts.length)] as string;
    const len = 2 + rand(7);
    const at = rand(Math.max(1, text.length - len));
    const s = text.slice(at, at + len);
    if (/^[\p{Script=Han}]+$/u.test(s)) samples.push(s);
  }
  for (const q of samples) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    expect(await allResults(page), `results for “${q}”`).toEqual(expectedHits(corpus, [q]));
  }
});

test("a restored glossary word is searchable as the word", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  // Seed 002 writes 党史 as dangshi; the index holds the restored word and no stand-in.
  await page.goto(`search/?q=${encodeURIComponent("党史学习教育专题")}`);
  const hits = await allResults(page);
  expect(hits).toEqual(expectedHits(corpus, ["党史学习教育专题"]));
  expect(hits.some((h) => h.startsWith("reports/002-"))).toBe(true);
  await page.goto("search/?q=dangshi");
  await expect(page.getByRole("status")).toHaveText(/没有/);
});

test("space-separated terms must all occur", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto(`search/?q=${encodeURIComponent("群众 调研")}`);
  expect(await allResults(page)).toEqual(expectedHits(corpus, ["群众", "调研"]));
});

/** How many reports the results come from: what a facet's count says. */
const reportsOf = (hits: string[]) => new Set(hits.map((h) => h.split("#")[0])).size;

test("a theme filter narrows to the passages of that theme holding the phrase, and its count is their reports", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto(`search/?q=${encodeURIComponent("群众")}`);
  const all = await allResults(page);
  const filters = page.getByRole("complementary", { name: "筛选" });
  const theme = filters.getByRole("group", { name: "问题类型" }).getByRole("checkbox", { name: /宗旨意识/ });
  const label = await filters.getByText(/宗旨意识/).first().textContent();
  const count = Number(/\((\d+)\)/.exec(label ?? "")?.[1]);
  await theme.check();
  await expect(page).toHaveURL(/theme=people-centered/);
  const narrowed = await allResults(page);
  const expected = corpus.reports
    .flatMap((r) => r.passages.filter((p) => p.text.includes("群众") && p.themes.includes("people-centered")).map((p) => `${r.url}#${p.id}`))
    .sort();
  expect(narrowed).toEqual(expected);
  expect(reportsOf(narrowed)).toBe(count);
  expect(narrowed.length).toBeLessThan(all.length);
  await page.goBack();
  await expect(page).not.toHaveURL(/theme=/);
  expect(await allResults(page)).toEqual(all);
});

test("report facets narrow to the reports having any chosen value, every facet chosen applying, and count reports as they narrow", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const hits = (keep: (r: (typeof corpus.reports)[number]) => boolean) =>
    corpus.reports.filter(keep).flatMap((r) => r.passages.filter((p) => p.text.includes("群众")).map((p) => `${r.url}#${p.id}`)).sort();
  const [first, second] = corpus.reports;
  if (!first?.roleGroup || !second?.roleGroup || !first.meeting) throw new Error("the shipped corpus names the first two reports' roles and the first one's meeting");
  await page.goto(`search/?q=${encodeURIComponent("群众")}`);
  await resultPaths(page);
  const filters = page.getByRole("complementary", { name: "筛选" });
  await expect(filters.getByRole("group", { name: "作者" }).getByRole("checkbox", { name: /^个人 / })).toBeVisible();
  const roles = filters.getByRole("group", { name: "职务" });
  const role = (name: string) => roles.getByRole("checkbox", { name: new RegExp(`^${name} `) });
  const shownCount = Number(/\((\d+)\)/.exec((await roles.getByText(new RegExp(`^\\s*${first.roleGroup} `)).textContent()) ?? "")?.[1]);
  await role(first.roleGroup).check();
  await expect(page).toHaveURL(new RegExp(`role=${encodeURIComponent(first.roleGroup)}`));
  const narrowed = await allResults(page);
  expect(narrowed).toEqual(hits((r) => r.roleGroup === first.roleGroup));
  expect(reportsOf(narrowed)).toBe(shownCount);
  await role(second.roleGroup).check();
  await expect(role(second.roleGroup)).toBeChecked();
  const either = hits((r) => r.roleGroup === first.roleGroup || r.roleGroup === second.roleGroup);
  expect(await allResults(page)).toEqual(either);
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${either.length} 条，来自 ${reportsOf(either)} 篇报告`));
  await filters.getByRole("group", { name: "会议" }).getByRole("checkbox", { name: new RegExp(`^${first.meeting} `) }).check();
  await expect(page).toHaveURL(new RegExp(`meeting=${encodeURIComponent(first.meeting)}`));
  expect(await allResults(page)).toEqual(hits((r) => (r.roleGroup === first.roleGroup || r.roleGroup === second.roleGroup) && r.meeting === first.meeting));
});

test("a result link opens the report at the passage", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("好人主义")}`);
  await allResults(page);
  const first = page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 }).getByRole("link").first();
  const href = (await first.getAttribute("href")) ?? "";
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.split("#")[1]}$`));
  const target = page.locator(`[id="${href.split("#")[1]}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText("好人主义");
});

test("the header search box on any page leads to the search page", async ({ guarded: page }) => {
  await page.goto("themes/");
  await page.keyboard.press("/");
  const box = page.getByRole("banner").getByRole("searchbox");
  await expect(box).toBeFocused();
  await box.fill("好人主义");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole("status")).toHaveText(/2 条/);
});
