// Office PCs may have JavaScript switched off by policy: everything but search must still work.
import { expect, test } from "./fixtures.ts";

test.use({ javaScriptEnabled: false });

test("without JavaScript, the home page leads to a report that reads in full and whose outline links work", async ({ guarded: page }) => {
  await page.goto("");
  await page.getByRole("link", { name: "按报告浏览", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }), "reports index").toHaveText("全部报告");
  const first = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first();
  const title = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1 }), "report page").toHaveText(title);
  const passages = page.getByRole("region").getByRole("article");
  expect(await passages.count(), `${page.url()}: passages`).toBeGreaterThan(0);
  for (const passage of await passages.all()) await expect(passage, `${page.url()}: a passage`).toBeVisible();
  const entry = page.getByRole("navigation", { name: "提纲" }).getByRole("link").last();
  const href = (await entry.getAttribute("href")) ?? "";
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${href.slice(1)}"]`), `${page.url()}: outline target`).toBeInViewport();
});

test("without JavaScript, a theme page lists its passages, opens one in place and links to its report", async ({ guarded: page }) => {
  await page.goto("");
  await page.getByRole("link", { name: "按问题类型浏览", exact: true }).click();
  await page.getByRole("table").getByRole("link", { name: "斗争精神" }).click();
  await expect(page.getByRole("heading", { level: 1 }), "theme page").toHaveText("斗争精神");
  const item = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("group") }).first();
  await item.getByRole("group").locator("summary").click();
  await expect(item.locator(".passage-body"), `${page.url()}: passage opened in place`).toBeVisible();
  const link = item.getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`), `${page.url()}: the passage on its report page`).toBeInViewport();
});

test("without JavaScript, the aspects page links each aspect to its place in a report", async ({ guarded: page }) => {
  await page.goto("");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "按方面" }).click();
  await expect(page.getByRole("heading", { level: 1 }), "aspects page").toHaveText("按方面对照");
  const link = page.getByRole("main").getByRole("region").nth(1).getByRole("heading", { level: 3 }).getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`), `${page.url()}: the aspect on its report page`).toBeInViewport();
});

test("without JavaScript, the search page says it needs JavaScript and links to the browse pages", async ({ guarded: page }) => {
  await page.goto("");
  const box = page.getByRole("banner").getByRole("searchbox");
  await box.fill("好人主义");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const notice = page.getByRole("main").getByText("检索需要启用浏览器的 JavaScript");
  await expect(notice, "search page: no-JavaScript notice").toBeVisible();
  for (const name of ["按问题类型", "按报告", "按方面"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true }), `search page: link ${name}`).toBeVisible();
  }
  await page.getByRole("main").getByRole("link", { name: "按问题类型", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }), "themes index from the notice").toHaveText("问题类型");
});

test("without JavaScript, the 查重 page says it needs JavaScript and shows no form that cannot work", async ({ guarded: page }) => {
  await page.goto("");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "查重" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("查重");
  await expect(page.getByRole("main").getByText("查重需要启用浏览器的 JavaScript")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "草稿" })).toBeHidden();
  await expect(page.getByRole("button", { name: "查重", exact: true })).toBeHidden();
});

test("without JavaScript, the reviewers' page offers every report's signals as a CSV file", async ({ guarded: page }) => {
  await page.goto("review/");
  const link = page.getByRole("link", { name: "下载全部报告的审读 CSV" });
  await expect(link).toBeVisible();
  const res = await page.request.get(new URL((await link.getAttribute("href")) ?? "", page.url()).href);
  expect(res.ok()).toBe(true);
  expect((await res.text()).split("\r\n")[0]).toMatch(/^\ufeff报告,年度,会议/);
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the search page hides the no-JavaScript notice", async ({ guarded: page }) => {
    await page.goto("search/");
    await expect(page.getByRole("main").getByText("检索需要启用浏览器的 JavaScript"), "search page: notice with JavaScript on").toBeHidden();
  });
});
