import { kindLabels } from "../../src/lib/labels.ts";
import { expect, loadCorpus, test } from "./fixtures.ts";

// The subpath site pages its browse lists every 2 reports (tests/sites.ts), as a large corpus's would be.
test("a long browse list is paged: following 下一页 visits each of its reports once, with the themes on the first page", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const expected = corpus.reports.filter((r) => r.kind === "personal").map((r) => r.url);
  expect(expected.length, "the list needs several pages").toBeGreaterThan(2);
  const pages = Math.ceil(expected.length / 2);
  await page.goto("browse/kind/");
  await page.getByRole("table").getByRole("link", { name: kindLabels.personal, exact: true }).click();
  // The address as the browser has it (percent-encoded), and as the page's links write it.
  const path = new URL(page.url()).pathname;
  const base = decodeURIComponent(path);
  const seen: string[] = [];
  for (let n = 1; ; n++) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`作者：${kindLabels.personal}`);
    // The group's themes once, on its first page; the others link back to it.
    await expect(page.getByRole("region", { name: "写到的问题类型" })).toHaveCount(n === 1 ? 1 : 0);
    if (n > 1) await expect(page.getByRole("link", { name: "第 1 页" })).toHaveAttribute("href", base);
    const pager = page.getByRole("navigation", { name: "分页" });
    await expect(pager).toContainText(`第 ${n} / ${pages} 页（第 ${2 * n - 1}–${Math.min(2 * n, expected.length)} 篇，共 ${expected.length} 篇）`);
    const hrefs = await page.getByRole("region", { name: "报告" }).getByRole("heading", { level: 3 }).getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    seen.push(...hrefs.map((h) => h.replace(/^\/corpus\//, "")));
    const next = pager.getByRole("link", { name: "下一页" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${path}${n + 1}/$`));
  }
  expect(seen.length, "no report twice").toBe(new Set(seen).size);
  expect([...seen].sort()).toEqual([...expected].sort());
});
