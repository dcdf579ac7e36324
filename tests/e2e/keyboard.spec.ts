import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** Presses Tab until one of `targets` has focus; fails naming the page and where focus went instead. */
async function tabTo(page: Page, targets: Locator, what: string, max = 120): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await targets.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
    path.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent || (el as HTMLInputElement).value || "").trim().slice(0, 12)}”` : "(nothing)";
    }));
  }
  throw new Error(`${page.url()}: ${max} presses of Tab never reached ${what}; focus went: ${path.join(" → ")}`);
}

test("search, a filter and a result are all usable with the keyboard alone", async ({ guarded: page }) => {
  await page.goto("search/");
  const filters = page.getByRole("complementary", { name: "筛选" });
  await expect(filters.getByRole("group", { name: "问题类型" })).toBeVisible();

  await tabTo(page, page.getByRole("main").getByRole("searchbox", { name: "要找的字句" }), "the search box");
  await page.keyboard.type("好人主义");
  await page.keyboard.press("Enter");
  await expect(page, "Enter in the search box runs the search").toHaveURL(/[?&]q=/);
  await expect(page.getByRole("status")).toHaveText(/条，来自/);

  const struggle = filters.getByRole("group", { name: "问题类型" }).getByRole("checkbox", { name: /斗争精神/ });
  await tabTo(page, struggle, "the 斗争精神 filter");
  await page.keyboard.press("Space");
  await expect(page, "Space on a filter checkbox applies it").toHaveURL(/theme=struggle/);
  await expect(struggle).toBeChecked();
  await expect(struggle, "the filter keeps focus after the results refresh").toBeFocused();

  const results = page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 }).getByRole("link");
  await tabTo(page, results, "a result link");
  const href = (await page.evaluate(() => document.activeElement?.getAttribute("href"))) ?? "";
  await page.keyboard.press("Enter");
  const id = href.split("#")[1] ?? "";
  await expect(page, "Enter on a result opens its report").toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
