// The writer's workbench: 摘录 buttons on the pages, the outline on /collection/, and the Word and text it exports.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Download, Page } from "@playwright/test";
import mammoth from "mammoth";
import { expect, loadCorpus, test, type Corpus } from "./fixtures.ts";

/** The .docx a download holds, as mammoth reads it: headings as h1/h2, numbered points as list items. */
async function docxHtml(download: Download): Promise<string> {
  const buffer = await readFile(await download.path());
  return (await mammoth.convertToHtml({ buffer })).value;
}

/** A report with two points in its first aspect, other than `not`: two passages collected from one page. */
function reportWithTwoInFirstAspect(corpus: Corpus, not: string) {
  const report = corpus.reports.find((r) => r.url !== not && r.passages.filter((p) => p.section === "problem" && p.aspect === 1).length >= 2);
  if (!report) throw new Error("no report with two points in its first aspect");
  const [first, second] = report.passages.filter((p) => p.section === "problem" && p.aspect === 1) as [Corpus["reports"][number]["passages"][number], Corpus["reports"][number]["passages"][number]];
  return { report, first, second };
}

/** The 提纲 region's entries, each as its first paragraph's text. */
async function entryTexts(page: Page): Promise<string[]> {
  const items = page.getByRole("region", { name: "提纲" }).getByRole("listitem");
  return items.evaluateAll((lis) => lis.map((li) => li.querySelector("p")?.textContent ?? ""));
}

test("collect three passages from two pages, reload, reorder with the keyboard, edit one, and take it away as Word", async ({ guarded: page, baseURL }) => {
  // Seven page loads and two exports: about 25 s on an idle machine, far longer on a busy one.
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? "").origin;
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  const corpus = await loadCorpus(page);

  // A theme page: collect its first passage.
  await page.goto("themes/struggle/");
  const item = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("button", { name: "摘录" }) }).first();
  const themeHref = (await item.getByRole("link").first().getAttribute("href")) ?? "";
  const themeButton = item.getByRole("button", { name: "摘录" });
  await themeButton.click();
  await expect(themeButton).toHaveAttribute("aria-pressed", "true");
  const header = page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^摘录/ });
  await expect(header).toHaveText("摘录（1）");

  // A report page: two points of one aspect.
  const themeReport = themeHref.replace(/^\//, "").split("#")[0] ?? "";
  const { report, first, second } = reportWithTwoInFirstAspect(corpus, themeReport);
  await page.goto(report.url);
  for (const p of [first, second]) await page.locator(`[id="${p.id}"]`).getByRole("button", { name: "摘录" }).click();
  await expect(header).toHaveText("摘录（3）");

  // Pressed again, a button takes its passage out; pressed once more, puts it back.
  const again = page.locator(`[id="${second.id}"]`).getByRole("button", { name: "摘录" });
  await again.click();
  await expect(again).toHaveAttribute("aria-pressed", "false");
  await expect(header).toHaveText("摘录（2）");
  await again.click();

  await page.reload();
  await expect(header).toHaveText("摘录（3）");
  await expect(page.locator(`[id="${first.id}"]`).getByRole("button", { name: "摘录" })).toHaveAttribute("aria-pressed", "true");

  await header.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("摘录与提纲");
  const outline = page.getByRole("region", { name: "提纲" });
  await expect(outline.getByRole("listitem")).toHaveCount(3);
  const before = await entryTexts(page);
  const firstLine = (text: string) => text.split("\n")[0] ?? "";
  expect(before.indexOf(firstLine(first.text))).toBeLessThan(before.indexOf(firstLine(second.text)));

  // The keyboard moves the report's second point above its first.
  const up = outline.getByRole("listitem").filter({ hasText: firstLine(second.text) }).getByRole("button", { name: /^上移/ });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("已上移");
  await expect(up, "focus stays on the moved passage's button").toBeFocused();
  const after = await entryTexts(page);
  expect(after.indexOf(firstLine(second.text))).toBeLessThan(after.indexOf(firstLine(first.text)));

  // The theme page's passage is rewritten.
  const themeEntry = outline.getByRole("listitem").filter({ has: page.getByRole("link", { name: /./ }) }).filter({ hasNotText: firstLine(first.text) }).filter({ hasNotText: firstLine(second.text) });
  await themeEntry.getByRole("button", { name: /^改写/ }).click();
  const edited = "这是改写过的一条，换成了自己的话。";
  await themeEntry.getByRole("textbox").fill(edited);
  await themeEntry.getByRole("button", { name: /^保存/ }).click();
  await expect(outline).toContainText(edited);

  // Kept across a reload, in the order and wording the writer left.
  await page.reload();
  await expect(outline).toContainText(edited);
  const kept = await entryTexts(page);
  expect(kept.indexOf(firstLine(second.text))).toBeLessThan(kept.indexOf(firstLine(first.text)));

  // The Word library is fetched only now, from this site.
  expect(requests.filter((u) => u.includes("docx-document")), "docx loaded before exporting").toEqual([]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Word" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const html = await docxHtml(download);
  expect(html).toContain("<h1>一、存在的主要问题</h1>");
  expect(html).toMatch(/<h2>（一）[^<]+<\/h2>/);
  expect(html).toContain(`<li>${edited}</li>`);
  expect(html).toContain("<h1>材料来源</h1>");
  const at = (text: string) => html.indexOf(firstLine(text));
  expect(at(second.text)).toBeGreaterThan(0);
  expect(at(second.text)).toBeLessThan(at(first.text));
  expect(requests.some((u) => u.includes("docx-document")), "docx loaded on export").toBe(true);
  expect(requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin), "requests off the site's origin").toEqual([]);

  // The same outline as text.
  const [text] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载文本" }).click()]);
  const txt = await readFile(await text.path(), "utf8");
  expect(txt).toContain("一、存在的主要问题");
  expect(txt).toContain(edited);

  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, "axe on /collection/ with an outline").toEqual([]);
});

test("a template lays out the year's aspects as headings, and the passages collected join them; clearing empties the outline", async ({ guarded: page }) => {
  await page.goto("collection/");
  const picker = page.getByLabel("年度和会议");
  await expect(picker.getByRole("option")).not.toHaveCount(0);
  await expect(picker.getByRole("option").first()).toHaveText(/^\d{4} 年度 · /);
  await page.getByRole("button", { name: "按此排出方面" }).click();
  await expect(page.getByRole("status")).toContainText("排出");
  const templates = (await (await page.request.get("data/templates.json")).json()) as { aspects: { heading: string }[] }[];
  const headings = page.getByRole("region", { name: "提纲" }).getByRole("textbox");
  const values = await headings.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter(Boolean));
  expect(values.slice(1)).toEqual(templates[0]?.aspects.map((a) => a.heading));
  await expect(page.getByLabel("文档标题")).toHaveValue(/年度.+对照检查材料$/);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "清空全部摘录" }).click();
  await expect(page.getByRole("status")).toHaveText("已清空。");
  await expect(page.getByRole("region", { name: "提纲" }).getByRole("group")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), "axe on an empty /collection/").toEqual([]);
});

test("a report page downloads the whole report as Word and as text", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports.find((r) => r.passages.some((p) => p.section === "cause")) ?? corpus.reports[0];
  await page.goto(report?.url ?? "");
  const [word] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Word" }).click()]);
  const html = await docxHtml(word);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(html).toContain(title);
  expect(html).toMatch(/<h1>一、[^<]+<\/h1>/);
  for (const p of report?.passages.filter((x) => x.section === "problem").slice(0, 3) ?? []) expect(html).toContain(p.text.split("\n")[0]?.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  const [text] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载文本" }).click()]);
  expect(text.suggestedFilename()).toMatch(/\.txt$/);
  expect(await readFile(await text.path(), "utf8")).toContain(title);
});

test("another tab's 摘录 shows in this tab's count and buttons", async ({ guarded: page, context }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports[0];
  const passage = report?.passages[0];
  await page.goto(report?.url ?? "");
  const other = await context.newPage();
  await other.goto("collection/");
  await page.locator(`[id="${passage?.id}"]`).getByRole("button", { name: "摘录" }).click();
  await expect(other.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^摘录/ })).toHaveText("摘录（1）");
  await expect(other.getByRole("region", { name: "提纲" }).getByRole("listitem")).toHaveCount(1);
  await other.close();
});

test("with site data blocked, 摘录 says why nothing is kept, and the collection page still works", async ({ guarded: page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  });
  await page.goto("themes/struggle/");
  await page.getByRole("main").getByRole("button", { name: "摘录" }).first().click();
  await expect(page.getByRole("alert")).toContainText("浏览器禁止本站保存数据");
  await page.goto("collection/");
  await expect(page.getByRole("status")).toContainText("浏览器禁止本站保存数据");
  await page.getByRole("button", { name: "按此排出方面" }).click();
  await expect(page.getByRole("region", { name: "提纲" }).getByRole("group").first()).toBeVisible();
});

test("the template button waits for the templates: a click before they load cannot be lost", async ({ guarded: page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/templates.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("collection/");
  const button = page.getByRole("button", { name: "按此排出方面" });
  await expect(button).toBeDisabled();
  release();
  await expect(button).toBeEnabled();
});

test("with site data full, 摘录 says the change was not kept", async ({ guarded: page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.goto("themes/struggle/");
  const button = page.getByRole("main").getByRole("button", { name: "摘录" }).first();
  await button.click();
  await expect(page.getByRole("alert")).toContainText("空间已满");
  await expect(button).toHaveAttribute("aria-pressed", "false");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no 摘录 or download buttons show, and the collection page says it needs JavaScript", async ({ guarded: page }) => {
    const corpus = await loadCorpus(page);
    await page.goto(corpus.reports[0]?.url ?? "");
    await expect(page.getByRole("button", { name: "摘录" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "下载 Word" })).toHaveCount(0);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "摘录" }).click();
    await expect(page.getByText("摘录需要启用浏览器的 JavaScript")).toBeVisible();
  });
});

test("a search result's 摘录 collects it under its aspect", async ({ guarded: page }) => {
  await page.goto(`search/?q=${encodeURIComponent("好人主义")}`);
  const result = page.getByRole("region", { name: "检索结果" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).first();
  const headline = (await result.getByRole("heading", { level: 3 }).textContent()) ?? "";
  await result.getByRole("button", { name: "摘录" }).click();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^摘录/ })).toHaveText("摘录（1）");
  await page.goto("collection/");
  await expect(page.getByRole("region", { name: "提纲" }).getByRole("listitem")).toContainText(headline.replace(/…$/, ""));
});
