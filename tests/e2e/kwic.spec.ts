import { expect, loadCorpus, test } from "./fixtures.ts";

test("KWIC lists every occurrence, several in one passage included, each line true to its passage", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const q = "群众";
  const texts = new Map<string, string>(corpus.reports.flatMap((r) => r.passages.map((p) => [`${r.url}#${p.id}`, p.text.replace(/\n/g, " ")] as const)));
  const expected = new Map<string, number>();
  for (const [path, text] of texts) {
    const n = text.split(q).length - 1;
    if (n > 0) expected.set(path, n);
  }
  expect([...expected.values()].some((n) => n >= 3), "the corpus has a passage with several occurrences").toBe(true);

  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await page.getByRole("button", { name: "上下文对照（KWIC）" }).click();
  await expect(page).toHaveURL(/view=kwic/);
  const table = page.getByRole("table");
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  await expect(table.getByRole("caption")).toHaveText(`共 ${total} 处`);
  const rows = await table.getByRole("row").evaluateAll((trs) =>
    trs.slice(1).map((tr) => ({
      cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
      href: tr.querySelector("a")?.getAttribute("href")?.replace(/^\//, "") ?? "",
    })),
  );
  const seen = new Map<string, number>();
  for (const { cells, href } of rows) {
    const [left = "", match = "", right = ""] = cells;
    expect(match).toBe(q);
    expect(texts.get(href), `KWIC line links to ${href}`).toContain(`${left}${match}${right}`);
    seen.set(href, (seen.get(href) ?? 0) + 1);
  }
  expect(seen).toEqual(expected);
});

test("KWIC sorts by the right context and the view and order survive a reload", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("群众")}&view=kwic`);
  await expect(page.getByRole("table").getByRole("caption")).toHaveText(/共 \d+ 处/);
  await page.getByRole("button", { name: "按右文排序" }).click();
  await expect(page).toHaveURL(/sort=right/);
  await expect(page.getByRole("button", { name: "按右文排序" })).toHaveAttribute("aria-pressed", "true");
  // allTextContents does not wait, so read only once the sorted table is on screen.
  await expect(page.getByRole("table").locator("td.kwic-right").first()).toBeVisible();
  const rights = await page.getByRole("table").locator("td.kwic-right").allTextContents();
  expect(rights.length, "the KWIC table has lines to sort").toBeGreaterThan(10);
  expect(rights).toEqual([...rights].sort(new Intl.Collator("zh-CN").compare));
  await page.reload();
  await expect(page.getByRole("button", { name: "按右文排序" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("table").locator("td.kwic-right")).toHaveText(rights);
});

test("a search URL with query, mode, filters and view reproduces the search", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("群众")}&section=problem&theme=people-centered`);
  await expect(page.getByRole("status")).toHaveText(/条，来自/);
  await expect(page.getByRole("main").getByRole("searchbox", { name: "要找的字句" })).toHaveValue("群众");
  const filters = page.getByRole("complementary", { name: "筛选" });
  await expect(filters.getByRole("group", { name: "部分" }).getByRole("checkbox", { name: /问题/ })).toBeChecked();
  await expect(filters.getByRole("group", { name: "问题类型" }).getByRole("checkbox", { name: /宗旨意识/ })).toBeChecked();
  const wheres = await page.getByRole("region", { name: "检索结果" }).locator(".where").allTextContents();
  expect(wheres.length).toBeGreaterThan(0);
  for (const w of wheres) expect(w).toContain("问题");
});
