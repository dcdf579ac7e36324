import { kindLabels } from "../../src/lib/labels.ts";
import { expect, loadCorpus, test } from "./fixtures.ts";

test("every report page links to the theme, aspect, browse and similarity pages, and its metadata to the browse pages", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  for (const r of corpus.reports) {
    await page.goto(r.url);
    const from = page.getByRole("navigation", { name: "从本篇出发" });
    for (const [name, href] of [
      ["本篇相似条目对照", `${r.url}similar/`],
      ["全库最相近的条目", "similar/"],
      ["问题类型", "themes/"],
      ["按方面对照", "aspects/"],
      ["按作者、职务、单位、会议、年度浏览", "browse/"],
    ]) {
      await expect(from.getByRole("link", { name, exact: true }), `${r.id}: ${name}`).toHaveAttribute("href", `/${href}`);
    }
    // The header's facts, not the 审读 panel's signals (also a definition list).
    const meta = page.locator("dl.meta").getByRole("definition");
    await expect(meta.getByRole("link", { name: kindLabels[r.kind], exact: true })).toHaveAttribute("href", /\/browse\/kind\//);
    if (r.roleGroup) await expect(meta.getByRole("link", { name: r.roleGroup, exact: true })).toHaveAttribute("href", /\/browse\/role\//);
    // The role as written stays on the page, beside the class it is browsed under.
    if (r.role) await expect(meta.filter({ hasText: r.role })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "问题类型分布" }).getByRole("link").first()).toHaveAttribute("href", /\/themes\//);
  }
});

test("browse by kind lists personal and team reports, and a kind page lists exactly its reports", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("browse/kind/");
  const kinds = new Set(corpus.reports.map((r) => r.kind));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(kinds.size + 1);
  await page.getByRole("table").getByRole("link", { name: "个人", exact: true }).click();
  await expect(page).toHaveURL(/\/browse\/kind\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("作者：个人");
  const reports = page.getByRole("region", { name: "报告" }).getByRole("heading", { level: 3 });
  await expect(reports).toHaveCount(corpus.reports.filter((r) => r.kind === "personal").length);
});

test("browse by role lists every class of role with its report count, and a class page lists exactly its reports", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("browse/role/");
  const roles = new Map<string, number>();
  for (const r of corpus.reports) roles.set(r.roleGroup ?? "未注明", (roles.get(r.roleGroup ?? "未注明") ?? 0) + 1);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(roles.size + 1);
  await page.getByRole("table").getByRole("link", { name: "主要负责人" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("职务：主要负责人");
  const reports = page.getByRole("region", { name: "报告" }).getByRole("heading", { level: 3 });
  await expect(reports).toHaveCount(roles.get("主要负责人") ?? 0);
  await page.getByRole("region", { name: "写到的问题类型" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/search\/\?theme=[a-z-]+&role=/);
  await expect(page.getByRole("status")).toHaveText(/^\d+ 条，来自 \d+ 篇报告。$/);
});

test("the aspects page lines up the aspects of different reports by meaning", async ({ guarded: page }) => {
  await page.goto("aspects/");
  // The 两个确立 aspect of every report that has one sits in one group, whatever its number or wording.
  const group = page.getByRole("region", { name: "政治能力" });
  // A heading several reports share word for word is shown once, with links to each report's aspect.
  const aspectLinks = await group.locator(".aspect-row").evaluateAll((rows) =>
    rows.filter((r) => r.querySelector("h3")?.textContent?.includes("两个确立")).flatMap((r) => [...r.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "").filter((h) => /#a\d+$/.test(h))),
  );
  expect(new Set(aspectLinks).size).toBe(4);
  const people = page.getByRole("region", { name: "宗旨意识" });
  for (const h of await people.getByRole("heading", { level: 3 }).allTextContents()) expect(h).not.toContain("两个确立");
  await expect(page.getByRole("region", { name: "意识形态" }).getByRole("heading", { level: 3 })).toHaveText(["在履行意识形态职责方面"]);
});
