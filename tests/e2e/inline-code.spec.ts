// The Content-Security-Policy of deploy/README.md has no 'unsafe-inline': any inline script, style or handler
// that a build slips in (Astro inlines small ones by default) would be blocked on the intranet server.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { served } from "../sites.ts";
import { expect, test } from "./fixtures.ts";
import { filesUnder, siteDir } from "./site-files.ts";

test("no built HTML file holds an inline script, style, style attribute or event handler", async ({ page }) => {
  const found: string[] = [];
  for (const site of served) {
    const dir = siteDir(site.dir);
    for (const file of (await filesUnder(dir)).filter((f) => f.endsWith(".html"))) {
      const html = await readFile(join(dir, file), "utf8");
      // The browser's own parser, on a document that runs nothing, sees the markup as a server would send it.
      const inline = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "text/html");
        const all = [...doc.querySelectorAll("*")];
        return [
          ...[...doc.querySelectorAll("script:not([src])")].filter((s) => s.getAttribute("type") !== "application/json").map((s) => `inline <script>: ${s.textContent?.trim().slice(0, 60)}`),
          ...[...doc.querySelectorAll("style")].map((s) => `inline <style>: ${s.textContent?.trim().slice(0, 60)}`),
          ...all.filter((el) => el.hasAttribute("style")).map((el) => `style="${el.getAttribute("style")}" on <${el.tagName.toLowerCase()}>`),
          ...all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${a.name}= on <${el.tagName.toLowerCase()}>`)),
          ...[...doc.querySelectorAll("[href^='javascript:' i], [src^='javascript:' i]")].map((el) => `javascript: URL on <${el.tagName.toLowerCase()}>`),
        ];
      }, html);
      found.push(...inline.map((what) => `${site.dir}/${file}: ${what}`));
    }
  }
  expect(found, `inline code the CSP would block:\n${found.join("\n")}`).toEqual([]);
});
