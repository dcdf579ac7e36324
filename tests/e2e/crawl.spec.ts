import { contentSecurityPolicy } from "../serve.ts";
import { expect, test } from "./fixtures.ts";
import { filesUnder, siteDir } from "./site-files.ts";

/** The path a static server answers for an HTML file: `reports/x/index.html` → `reports/x/`. */
function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, "$1");
}

/** Pages are folders or .html files; anything else a link names (corpus.json) is a file to fetch. */
function isPage(url: URL): boolean {
  return url.pathname.endsWith("/") || url.pathname.endsWith(".html");
}

test("a crawl from the home page reaches every page, and nothing on any page fails, errs or leaves the site", async ({ page, site, baseURL }) => {
  // The crawl's time grows with the pages: a budget per page, generous enough for a machine busy with other work.
  const pages = (await filesUnder(siteDir(site.dir))).filter((f) => f.endsWith(".html")).length;
  test.setTimeout(60_000 + pages * 2_000);
  const start = new URL(baseURL ?? "");
  const broken: string[] = [];
  const rel = (url: string) => url.replace(start.origin, "");
  let here = "";
  let expectedMissing = "";
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.origin !== start.origin) broken.push(`${here}: request to another host: ${req.url()}`);
  });
  page.on("requestfailed", (req) => {
    // Aborted: the crawl moved on before a late request (the favicon) finished; every file is fetched below anyway.
    if (req.failure()?.errorText !== "net::ERR_ABORTED") broken.push(`${here}: request failed: ${rel(req.url())} (${req.failure()?.errorText})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && res.url() !== expectedMissing) broken.push(`${here}: HTTP ${res.status()} for ${rel(res.url())}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && msg.location().url !== expectedMissing) broken.push(`${here}: console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => broken.push(`${here}: uncaught exception: ${err.message}`));

  // The search page fetches the index only when it runs a query, so a shared search URL is a start too.
  const queue = [start, new URL(`search/?q=${encodeURIComponent("好人主义")}`, start)];
  const linkedFrom = new Map<string, string>(queue.map((u) => [u.href, "(start)"]));
  const idsOn = new Map<string, Set<string>>();
  const fragments: { from: string; to: string; id: string }[] = [];
  const checkedAssets = new Set<string>();

  // Theme and browse pages link to the search page narrowed by each facet value: one page, run a few times.
  const searchPath = new URL("search/", start).pathname;
  let searches = 0;
  const follow = (from: string, href: string) => {
    const url = new URL(href);
    if (url.origin !== start.origin) return void broken.push(`${from}: link to another host: ${href}`);
    if (!url.pathname.startsWith(start.pathname)) return void broken.push(`${from}: link outside the site's base ${start.pathname}: ${rel(href)}`);
    const id = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    if (id) fragments.push({ from, to: url.href, id });
    if (url.pathname === searchPath && url.search && !linkedFrom.has(url.href) && ++searches > 3) return;
    if (!linkedFrom.has(url.href)) {
      linkedFrom.set(url.href, from);
      queue.push(url);
    }
  };

  for (let url = queue.shift(); url; url = queue.shift()) {
    here = rel(url.href);
    if (!isPage(url)) {
      const res = await page.request.get(url.href);
      if (!res.ok()) broken.push(`${linkedFrom.get(url.href)}: link to ${here} answers HTTP ${res.status()}`);
      continue;
    }
    const res = await page.goto(url.href);
    if (res?.status() !== 200) continue; // the response listener has named it
    if (res.headers()["content-security-policy"] !== contentSecurityPolicy) broken.push(`${here}: served without the site's Content-Security-Policy`);
    // The search page fetches the index after load: let it finish, so its responses are checked here.
    if ((await page.getByRole("status").count()) > 0) await page.waitForLoadState("networkidle");
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
      forms: [...document.querySelectorAll("form")].map((f) => f.action),
      assets: [
        ...[...document.querySelectorAll("link[href]")].map((l) => (l as HTMLLinkElement).href),
        ...[...document.querySelectorAll("script[src], img[src]")].map((e) => (e as HTMLScriptElement).src),
      ],
    }));
    idsOn.set(url.href, new Set(found.ids));
    for (const href of [...found.links, ...found.forms]) follow(here, href);
    for (const asset of found.assets.filter((a) => !checkedAssets.has(a))) {
      checkedAssets.add(asset);
      if (new URL(asset).origin !== start.origin) {
        broken.push(`${here}: asset from another host: ${asset}`);
        continue;
      }
      const got = await page.request.get(asset);
      if (!got.ok()) broken.push(`${here}: asset ${rel(asset)} answers HTTP ${got.status()}`);
    }
  }

  // A mistyped address gets the site's own 404 page, whose styles and scripts must load under the base too.
  const missing = new URL("此页不存在/", start);
  expectedMissing = missing.href;
  here = rel(missing.href);
  const res = await page.goto(missing.href);
  expect.soft(res?.status(), `${here}: status of a missing page`).toBe(404);
  await expect.soft(page.getByRole("heading", { level: 1 }), `${here}: the 404 page`).toHaveText("找不到页面");

  for (const { from, to, id } of fragments) {
    const ids = idsOn.get(to);
    if (ids && !ids.has(id)) broken.push(`${from}: link to ${rel(to)}#${id}, but that page has no element with id “${id}”`);
  }
  expect.soft(broken, `broken on ${site.name} site:\n${broken.join("\n")}`).toEqual([]);

  const reached = new Set([...idsOn.keys()].map((u) => decodeURIComponent(new URL(u).pathname).slice(start.pathname.length)));
  const onDisk = (await filesUnder(siteDir(site.dir))).filter((f) => f.endsWith(".html") && f !== "404.html").map(pagePath);
  const orphans = onDisk.filter((p) => !reached.has(p));
  expect(orphans, `pages in ${site.dir}/ that no link from ${start.pathname} reaches:\n${orphans.join("\n")}`).toEqual([]);
});
