import { expect, loadCorpus, test } from "./fixtures.ts";

test("printing a report gives its text without the site's header, navigation, outline or footer", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports[0];
  if (!report) throw new Error("corpus.json has no report");
  await page.goto(report.url);
  await page.emulateMedia({ media: "print" });
  const where = `printed report ${report.url}`;
  await expect(page.getByRole("banner"), `${where}: site header`).toBeHidden();
  await expect(page.getByRole("navigation", { name: "主导航" }), `${where}: main navigation`).toBeHidden();
  await expect(page.getByRole("navigation", { name: "提纲" }), `${where}: outline`).toBeHidden();
  await expect(page.getByRole("contentinfo"), `${where}: footer`).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 }), `${where}: title`).toBeVisible();
  const passages = page.getByRole("region").getByRole("article");
  await expect(passages, `${where}: passages`).toHaveCount(report.passages.length);
  for (const passage of await passages.all()) await expect(passage, `${where}: passage ${await passage.getAttribute("id")}`).toBeVisible();
  const printed = await page.getByRole("main").innerText();
  const missing = report.passages.filter((p) => !printed.replace(/\s/g, "").includes(p.text.replace(/\s/g, "").slice(-20))).map((p) => p.id);
  expect(missing, `${where}: passages whose text does not print`).toEqual([]);
});
