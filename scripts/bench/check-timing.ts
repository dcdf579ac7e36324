import { join } from "node:path";
import { chromium } from "playwright-core";
import { editPassage } from "../../tests/unit/support/edit-passage.ts";
import { corpusReports } from "../corpus/corpus-json.ts";
import { chromiumPath } from "../ensure-chromium.ts";
import { random } from "./generate-corpus.ts";

/** Bytes and time of one 查重 in the browser. */
export interface CheckCost {
  /** Characters of the draft. */
  chars: number;
  /** Milliseconds from pressing 查重 to the result on screen, cold (fresh context) and again in the same page. */
  coldMs: number;
  warmMs: number;
  /** Bytes the server sent under /data/ for the cold check (the index and the compared reports' data files), text gzipped; and for opening the page (scripts). */
  indexBytes: number;
  pageBytes: number;
  status: string;
  /** Drafts in the batch, and milliseconds from choosing their files to the batch's tables on screen (cold context). */
  batchDrafts?: number;
  batchMs?: number;
}

/** A reviewer's batch, as issue 22 sizes it: a team's 30 drafts opened at once. */
const batchDrafts = 30;

/** Counts the bytes the server sends, by path. */
export interface PathCounter {
  bytes(prefix: string): number;
}

/** The built corpus's passages a draft is made of: read once for all the drafts (30 readers at once held 4 GB at 20,000 reports). */
async function draftPassages(dist: string): Promise<string[]> {
  const passages: string[] = [];
  for await (const r of corpusReports<{ passages: { text: string }[] }>(join(dist, "data", "corpus.json"))) passages.push(...r.passages.map((p) => p.text).filter((t) => t.length > 60));
  return passages;
}

/** A draft of about `chars` characters: passages of the built corpus, each edited by a tenth, in a fixed random order. */
function draftOf(passages: string[], chars: number, seed = 20261202): string {
  const rand = random(seed);
  const lines: string[] = [];
  let length = 0;
  while (length < chars && passages.length > 0) {
    const text = editPassage(passages[Math.floor(rand() * passages.length)] as string, 0.1, lines.length + 1);
    lines.push(`${lines.length + 1}. ${text}`);
    length += text.length;
  }
  return `一、存在的问题\n${lines.join("\n")}\n`;
}

/** Opens 30 drafts of 6,000 characters at once on a fresh page: every one checked against the corpus and the others. */
async function batchTiming(browser: import("playwright-core").Browser, origin: string, passages: string[]): Promise<number> {
  const files = Array.from({ length: batchDrafts }, (_, i) => ({ name: `草稿${i + 1}.txt`, mimeType: "text/plain", buffer: Buffer.from(draftOf(passages, 6000, 20261202 + i)) }));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}check/`);
    const started = Date.now();
    await page.locator("#draft-file").setInputFiles(files);
    await page.waitForFunction((n) => (document.getElementById("check-status")?.textContent ?? "").includes(`本批 ${n} 份`), batchDrafts, { timeout: 600_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}

/** Checks a 6,000-character draft cold (new browser context, empty cache), then again warm. */
export async function checkTiming(origin: string, dist: string, counter: PathCounter): Promise<CheckCost> {
  const passages = await draftPassages(dist);
  const draft = draftOf(passages, 6000);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const opened = counter.bytes("/");
    await page.goto(`${origin}check/`);
    await page.locator("#draft").fill(draft);
    const pageBytes = counter.bytes("/") - opened;
    const run = async () => {
      const started = Date.now();
      await page.getByRole("button", { name: "查重", exact: true }).click();
      await page.waitForFunction(() => /查重完成|没有完成/.test(document.getElementById("check-status")?.textContent ?? ""));
      return Date.now() - started;
    };
    const before = counter.bytes("/data/");
    const coldMs = await run();
    const indexBytes = counter.bytes("/data/") - before;
    const status = (await page.locator("#check-status").textContent()) ?? "";
    const warmMs = await run();
    await context.close();
    return { chars: draft.length, coldMs, warmMs, indexBytes, pageBytes, status, batchDrafts, batchMs: await batchTiming(browser, origin, passages) };
  } finally {
    await browser.close();
  }
}
