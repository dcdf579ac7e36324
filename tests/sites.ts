// The sites the end-to-end suite builds (tests/build-sites.ts) and serves (playwright.config.ts).
// Ports follow E2E_PORT, so several checkouts on one machine can run the suite side by side.

export interface Site {
  /** Playwright project name. */
  name: string;
  /** Output folder, relative to the project root. */
  dir: string;
  /** The base path the site is built for and served under. */
  base: string;
  /** The sources folder (CORPUS_SOURCES), relative to the project root; the shipped corpus when absent. */
  sources?: string;
  /** Extra build settings. */
  env?: Record<string, string>;
  port: number;
}

const port = Number(process.env.E2E_PORT || 4329);

/** The shipped corpus at the root: what `npm run build` makes. */
export const root: Site = { name: "root", dir: "dist", base: "/", port };

/**
 * The same corpus built for and served under a subpath, as intranet servers often host it, with its
 * search index cut into shards of 2 reports, its search results into pages of 1 report, its theme lists into
 * pages of 10 and its browse lists into pages of 2, as a large corpus's would be.
 */
export const subpath: Site = {
  name: "subpath",
  dir: "tests/.tmp/sites/corpus",
  base: "/corpus/",
  env: { SEARCH_SHARD_RECORDS: "2", SEARCH_PAGE_SIZE: "1", THEME_PAGE_SIZE: "10", BROWSE_PAGE_SIZE: "2" },
  port: port + 1,
};

/** Awkward inputs: script tags and markup-looking text (never run or interpreted), and text pasted from a PDF. */
export const injection: Site = { name: "injection", dir: "tests/.tmp/sites/injection", base: "/", sources: "tests/fixtures/injection", port: port + 2 };

/**
 * The 审读 fixtures as one corpus (tests/fixtures/review/, their expected.yaml and README left out by
 * tests/build-sites.ts): variants that move each signal, and an author's series of several years.
 */
export const review: Site = { name: "review", dir: "tests/.tmp/sites/review", base: "/", sources: "tests/.tmp/review-sources", port: port + 3 };

/** A second build of the shipped corpus, never served: compared byte for byte with dist/. */
export const rebuild: Omit<Site, "port"> = { name: "rebuild", dir: "tests/.tmp/sites/rebuild", base: "/" };

export const served = [root, subpath, injection, review];

export function siteURL(site: Site): string {
  return `http://127.0.0.1:${site.port}${site.base}`;
}
