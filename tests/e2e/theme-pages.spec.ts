import { expect, loadCorpus, test } from "./fixtures.ts";

// The subpath site pages its theme lists every 10 passages (tests/sites.ts), as a large corpus's would be.
test("a long theme list is paged: following 下一页 visits every passage of the theme once, in section order", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const expected = corpus.reports.flatMap((r) => r.passages.filter((p) => p.themes.includes("people-centered")).map((p) => `${r.url}#${p.id}`));
  expect(expected.length, "the theme needs several pages").toBeGreaterThan(10);
  await page.goto("themes/people-centered/");
  const seen: string[] = [];
  const sections: string[] = [];
  for (let n = 1; ; n++) {
    const pager = page.getByRole("navigation", { name: "分页" });
    await expect(pager).toContainText(`第 ${n} / ${Math.ceil(expected.length / 10)} 页`);
    const hrefs = await page.getByRole("region").getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length, `page ${n} holds at most 10 passages`).toBeLessThanOrEqual(10);
    seen.push(...hrefs.map((h) => h.replace(/^\/corpus\//, "")));
    for (const h of await page.getByRole("region").getByRole("heading", { level: 2 }).allTextContents()) sections.push(h.replace(/（.*$/, ""));
    const next = pager.getByRole("link", { name: "下一页" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/corpus/themes/people-centered/${n + 1}/$`));
  }
  expect([...seen].sort()).toEqual([...expected].sort());
  expect(new Set(seen).size, "no passage twice").toBe(seen.length);
  // Sections come in one run each, problems first: a section split across pages continues on the next.
  const runs = sections.filter((s, i) => s !== sections[i - 1]);
  expect(runs[0]).toBe("问题");
  expect(new Set(runs).size).toBe(runs.length);
});

test("the section index of a paged theme list leads to the page where each section starts", async ({ guarded: page }) => {
  await page.goto("themes/people-centered/");
  const index = page.getByRole("navigation", { name: "分组" });
  const measures = index.getByRole("link", { name: /^措施（\d+），第 \d+ 页起$/ });
  const start = Number(/第 (\d+) 页起/.exec((await measures.textContent()) ?? "")?.[1]);
  await measures.click();
  await expect(page).toHaveURL(new RegExp(`/corpus/themes/people-centered/${start > 1 ? `${start}/` : ""}#measure$`));
  await expect(page.getByRole("heading", { level: 2, name: /^措施/ })).toBeVisible();
});
