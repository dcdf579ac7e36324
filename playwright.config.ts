import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/ensure-chromium.ts";
import { injection, review, root, served, siteURL, subpath, type Site } from "./tests/sites.ts";

// Every site is built once by tests/build-sites.ts (npm run test:e2e), then served by its own server,
// so a link that escapes the subpath reaches nothing instead of the root site.
export default defineConfig<object, { site: Site }>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // Tests take a few seconds each; on a machine busy with other work a search or a page settles several
  // times slower, so the limits stay well above what any test needs (a crawl sets its own, per page).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      // Debian's Chromium as root in a sandbox with no outside network: no background connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: root.name, testIgnore: ["browse-pages.spec.ts", "injection.spec.ts", "inferred-sections.spec.ts", "pasted-collection.spec.ts", "search-line-break.spec.ts", "search-scripts.spec.ts", "search-shards.spec.ts", "similar-copied.spec.ts", "theme-pages.spec.ts", "review-signals.spec.ts"], use: { site: root, baseURL: siteURL(root) } },
    { name: subpath.name, testMatch: ["browse-pages.spec.ts", "crawl.spec.ts", "search-shards.spec.ts", "theme-pages.spec.ts"], use: { site: subpath, baseURL: siteURL(subpath) } },
    { name: review.name, testMatch: ["review-signals.spec.ts", "crawl.spec.ts"], use: { site: review, baseURL: siteURL(review) } },
    { name: injection.name, testMatch: ["injection.spec.ts", "inferred-sections.spec.ts", "crawl.spec.ts", "pasted-collection.spec.ts", "search-line-break.spec.ts", "search-scripts.spec.ts", "similar-copied.spec.ts"], use: { site: injection, baseURL: siteURL(injection) } },
  ],
  webServer: served.map((site) => ({
    command: "node tests/serve.ts",
    env: { PORT: String(site.port), SITE_BASE: site.base, SITE_DIR: site.dir },
    url: siteURL(site),
    reuseExistingServer: false,
  })),
});
