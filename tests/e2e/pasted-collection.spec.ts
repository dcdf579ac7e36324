import { expect, loadCorpus, test } from "./fixtures.ts";

// tests/fixtures/injection/pasted-collection.txt is a sample-essay page copied whole: a breadcrumb and a
// publication line, then 篇一 (a personal report) and 篇二 (a team report with a section of no known kind).
const source = "pasted-collection.txt";

test("a pasted page holding two reports becomes two reports of the same source, its furniture stripped", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const reports = corpus.reports.filter((r) => r.source === source);
  expect(reports.map((r) => [r.kind, r.title])).toEqual([
    ["personal", "某区农业农村局副局长2024年度民主生活会个人对照检查材料"],
    ["team", "某区农业农村局领导班子2024年度民主生活会对照检查材料"],
  ]);
  expect(reports.map((r) => r.id.replace(/^.*-/, ""))).toEqual(["1", "2"]);
  const text = reports.flatMap((r) => r.passages.map((p) => p.text)).join("\n");
  expect(text).not.toMatch(/当前位置|浏览量|相关推荐|篇[一二]/);
});

test("a section of no known kind keeps its heading, on the page and on every passage", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const team = corpus.reports.find((r) => r.source === source && r.kind === "team");
  const other = team?.passages.filter((p) => p.section === "other") ?? [];
  expect(other.map((p) => p.sectionHeading)).toEqual(["二、贯彻落实中央八项规定精神情况"]);
  await page.goto(team?.url ?? "/");
  await expect(page.getByRole("heading", { name: /贯彻落实中央八项规定精神情况/ })).toBeVisible();
  await expect(page.locator(`[id="${other[0]?.id}"]`)).toContainText("公务接待");
});

test("the build report says the file was split and what was stripped, apart from its problems", async ({ guarded: page }) => {
  await page.goto("build-report/");
  const notes = page.getByRole("region", { name: "对原文所做的处理" });
  await expect(notes.getByRole("listitem").filter({ hasText: source })).toContainText(/文件中有 2 篇材料.*删去了网页附带的内容/);
  const problems = page.getByRole("region", { name: "需要处理的问题" });
  await expect(problems.getByRole("listitem").filter({ hasText: source })).toHaveCount(0);
});
