import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, loadCorpus, resultPaths, test } from "./fixtures.ts";

test("a theme page lists every passage of the theme, grouped by section, headline first, each expandable and linking to its place", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const expected = corpus.reports.flatMap((r) => r.passages.filter((p) => p.themes.includes("struggle")).map((p) => `${r.url}#${p.id}`));
  await page.goto("themes/struggle/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("斗争精神");
  const links = page.getByRole("region").getByRole("listitem").getByRole("link");
  const hrefs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).map((h) => h.replace(/^\//, ""));
  expect(hrefs.sort()).toEqual(expected.sort());
  const problems = page.getByRole("region", { name: /^问题（\d+）$/ });
  await expect(problems).toBeVisible();

  // The headline is what shows; the full text opens in place.
  const first = problems.getByRole("listitem").first();
  const headline = (await first.locator("summary .headline").textContent()) ?? "";
  const body = first.locator(".passage-body");
  await expect(body).toBeHidden();
  await first.locator("summary").click({ position: { x: 5, y: 5 } });
  await expect(body).toBeVisible();
  await expect(body).toContainText(headline.replace(/…$/, ""));

  const href = (await first.getByRole("link").getAttribute("href")) ?? "";
  await first.getByRole("link").click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
});

test("a theme page's facet links open the search narrowed to the theme and the value, listing as many passages as they count", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("themes/people-centered/");
  const filters = page.getByRole("navigation", { name: "筛选" });
  const link = filters.getByRole("link", { name: /^主要负责人（\d+）$/ });
  const shown = Number(/（(\d+)）/.exec((await link.textContent()) ?? "")?.[1]);
  await link.click();
  await expect(page).toHaveURL(/\/search\/\?theme=people-centered&role=/);
  const expected = corpus.reports
    .filter((r) => r.roleGroup === "主要负责人")
    .flatMap((r) => r.passages.filter((p) => p.themes.includes("people-centered")).map((p) => `${r.url}#${p.id}`));
  expect((await resultPaths(page)).sort()).toEqual(expected.sort());
  expect(expected.length).toBe(shown);
});

test("the themes index draws a chart of how often each theme occurs, with a table alongside", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("themes/");
  const chart = page.getByRole("img", { name: /各问题类型的条目数/ });
  await expect(chart).toBeVisible();
  // One row per theme of content/themes/, whether or not the corpus has its passages.
  const themes = readdirSync(join(import.meta.dirname, "..", "..", "content", "themes")).filter((f) => f.endsWith(".md")).length;
  await expect(chart.locator(".chart-row")).toHaveCount(themes);
  // The longest bar is the theme most passages carry, and its number is that count.
  const counts = new Map<string, number>();
  for (const r of corpus.reports) for (const p of r.passages) for (const t of p.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = Math.max(...counts.values());
  await expect(chart.locator(".chart-value").first()).toHaveText(String(top));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(themes + 1);
  await page.getByRole("table").getByRole("link", { name: "理论学习" }).click();
  await expect(page).toHaveURL(/\/themes\/theory-study\/$/);
});
