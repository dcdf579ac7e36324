import { expect, expectedHits, loadCorpus, resultPaths, test } from "./fixtures.ts";

// tests/fixtures/injection/traditional-mirror.txt is a report in traditional characters, as mirror sites
// serve them, with readings left inside two words (學(xué)習(xí))); the other reports of the site are simplified.
const traditional = "traditional-mirror.txt";

test("a search in either script finds passages written in both, and marks them as written", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.source === traditional);
  expect(report, `${traditional} is a report`).toBeDefined();
  const expected = expectedHits(corpus, ["学习"]);
  expect(expected.some((h) => h.startsWith(report?.url ?? "-")), "passages of the traditional report hold 學習").toBe(true);
  expect(expected.some((h) => !h.startsWith(report?.url ?? "-")), "passages of simplified reports hold 学习").toBe(true);
  for (const q of ["学习", "學習"]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    expect((await resultPaths(page)).sort(), `results for “${q}”`).toEqual(expected);
    const results = page.getByRole("region", { name: "检索结果" });
    const marks = await results.locator("mark").allTextContents();
    expect(marks, `marks for “${q}”`).toContain("學習");
    expect(marks, `marks for “${q}”`).toContain("学习");
    for (const m of marks) expect(["学习", "學習"]).toContain(m);
  }
});

test("a phrase whose traditional form is another word (了解, written 瞭解) is found in both scripts", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const expected = expectedHits(corpus, ["了解"]);
  const report = corpus.reports.find((r) => r.source === traditional);
  expect(expected.some((h) => h.startsWith(report?.url ?? "-"))).toBe(true);
  for (const q of ["了解", "瞭解"]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    expect((await resultPaths(page)).sort(), `results for “${q}”`).toEqual(expected);
  }
});

test("the traditional report is shown as written, readings dropped, in the sections its simplified words name", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.source === traditional);
  expect(report?.title).toBe("市水務局黨組2022年度民主生活會對照檢查材料");
  expect(new Set(report?.passages.map((p) => p.section))).toEqual(new Set(["preamble", "problem", "cause", "measure", "closing"]));
  await page.goto(report?.url ?? "");
  const main = page.getByRole("main");
  await expect(main).toContainText("局黨組班子會前組織集中學習，廣泛徵求意見");
  await expect(main).toContainText("學習體會寫得多");
  await expect(main).not.toContainText("xué");
});
