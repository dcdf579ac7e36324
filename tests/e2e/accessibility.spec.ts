import AxeBuilder from "@axe-core/playwright";
import { expect, loadCorpus, test } from "./fixtures.ts";

test("the theme, browse, aspect and look-alike pages have no axe violations", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  const report = corpus.reports[0];
  const paths = ["themes/", "themes/struggle/", "themes/people-centered/role/党工委书记/", "aspects/", "browse/", "browse/role/", "similar/", report?.url, `${report?.url}similar/`, "build-report/"];
  for (const path of paths) {
    await page.goto(path ?? "");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
});
