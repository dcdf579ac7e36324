import { test as base, expect, type Page, type Request } from "@playwright/test";
import { root, type Site } from "../sites.ts";
import { matchForm } from "../../src/search/highlight.ts";

/** The shape of /data/corpus.json that the tests compute expectations from. */
export interface Corpus {
  reports: {
    id: string;
    url: string;
    title: string | null;
    source: string;
    kind: "personal" | "team";
    unit: string | null;
    role: string | null;
    roleGroup: string | null;
    meeting: string | null;
    year: number | null;
    passages: {
      id: string;
      section: string;
      sectionHeading: string;
      aspect: number;
      headline: string;
      text: string;
      themes: string[];
      related: string[];
      similar: { report: string; passage: string; jaccard: number }[];
    }[];
  }[];
  problems: { source: string; message: string }[];
}

/**
 * Every test gets a page that fails the test on any request off 127.0.0.1, any console error
 * and any uncaught exception, naming the page and what broke; and the site its project serves.
 */
export const test = base.extend<{ guarded: Page }, { site: Site }>({
  site: [root, { option: true, scope: "worker" }],
  guarded: async ({ page }, use) => {
    const broken: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") broken.push(`request to another host: ${req.url()} (from ${page.url()})`);
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") broken.push(`console error on ${page.url()}: ${msg.text()}`);
    });
    page.on("pageerror", (err) => broken.push(`uncaught exception on ${page.url()}: ${err.message}`));
    await use(page);
    expect(broken, broken.join("\n")).toEqual([]);
  },
});
export { expect };

/** Loads the corpus the site serves, the ground truth of every expectation. */
export async function loadCorpus(page: Page): Promise<Corpus> {
  const res = await page.request.get("data/corpus.json");
  expect(res.ok(), "GET /data/corpus.json").toBe(true);
  return (await res.json()) as Corpus;
}

/** Letters and digits only: shared wording compared as the similarity module compares it. */
export function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}

/** The passages (as `report url#id`) whose text contains every term, in either script: what exact search must return. */
export function expectedHits(corpus: Corpus, terms: string[]): string[] {
  return corpus.reports
    .flatMap((r) => r.passages.filter((p) => terms.every((t) => matchForm(p.text).includes(matchForm(t)))).map((p) => `${r.url}#${p.id}`))
    .sort();
}

/** Waits for the search to settle, loads every page of results, and returns their links in order, without the site's base. */
export async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.getByRole("status")).not.toHaveText(/^$|正在检索/);
  // Hidden included: the button stays one element, read in one step (isHidden then isEnabled would wait
  // forever for a button hidden between the two calls).
  const more = page.getByRole("button", { name: /显示更多/, includeHidden: true });
  const links = page.getByRole("region", { name: "检索结果" }).getByRole("heading", { level: 3 }).getByRole("link");
  while (await more.isVisible()) {
    await more.click();
    // The next page is listed (or an older shard searched, which may add none) when the button is back or gone.
    await expect.poll(() => more.evaluate((b: HTMLButtonElement) => b.hidden || !b.disabled), { timeout: 30_000 }).toBe(true);
  }
  const base = new URL(page.url()).pathname.replace(/search\/.*$/, "");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => (h.startsWith(base) ? h.slice(base.length) : h));
}

/** Records every request the page makes from now on. */
export function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => seen.push(r));
  return seen;
}

/** Every request a GET of a static file under the site's base, with nothing in a query string: what the 查重 page may send. */
export function expectStaticGets(requests: Request[], site: Site): void {
  expect(requests.length, "the check fetched its index").toBeGreaterThan(0);
  for (const r of requests) {
    const u = new URL(r.url());
    expect(r.method(), r.url()).toBe("GET");
    expect(r.postData(), r.url()).toBeNull();
    expect(u.origin + u.pathname, "a static file under the site's base").toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${site.port}${site.base}[^?#]+\\.(json|bin|js|svg)$`));
    expect(u.search, "nothing of the draft in a query string").toBe("");
  }
}
