// The 查重 page in Chromium: a disguised copy is traced to its source, files open in the browser, fresh text
// matches nothing, bad input gets a clear message, and no request but GETs of the site's static files is made.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { docx } from "../unit/support/docx.ts";
import { editPassage } from "../unit/support/edit-passage.ts";
import { encodeGb18030 } from "../unit/support/gb18030.ts";
import { expect, expectStaticGets, loadCorpus, recordRequests, test, type Corpus } from "./fixtures.ts";

// A check parses the draft and fetches part of the index: seconds on a busy machine, never near this.
test.describe.configure({ timeout: 120_000 });

const project = join(import.meta.dirname, "..", "..");
const tmp = join(project, "tests", ".tmp", "check");

/** Three paragraphs in our own words, in no report of the corpus. */
const fresh = [
  "在推进老旧小区改造中，我对居民诉求的梳理停留在台账层面，入户走访次数偏少，对加装电梯、停车位分配等具体矛盾调处不及时，导致部分群众反映的问题迟迟没有回音。",
  "抓安全生产监管时，习惯于发文件、开会议，对辖区内小作坊、小仓库的隐患排查多靠企业自查上报，实地抽查覆盖面不足三成，个别隐患整改验收把关不严。",
  "在财政资金使用上，对项目绩效评价重视不够，个别专项资金拨付后跟踪问效不力，存在资金沉淀、效益不高的情况，勤俭节约的意识有所淡化。",
].join("\n");

/** The corpus's longest passage, edited by a tenth (synonyms, clause order, names): the seed a draft copies. */
function seed(corpus: Corpus) {
  const all = corpus.reports.flatMap((r) => r.passages.map((p) => ({ report: r, passage: p })));
  const { report, passage } = all.reduce((a, b) => (b.passage.text.length > a.passage.text.length ? b : a));
  return { url: `${report.url}#${passage.id}`, title: report.title, text: editPassage(passage.text, 0.1, 7) };
}

async function check(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "草稿" }).fill(text);
  await page.getByRole("button", { name: "查重", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /查重完成|没有完成/ })).toHaveText(/查重完成/);
}

/** What a check page holds: `<report url>#<passage id>` of each item's closest source, relative to the site root. */
async function firstSources(page: Page, base: string): Promise<string[]> {
  const items = page.locator(".check-item");
  const out: string[] = [];
  for (const item of await items.all()) {
    const link = item.locator(".pair .pair-source a").first();
    out.push((await link.count()) ? ((await link.getAttribute("href")) ?? "").slice(base.length) : "");
  }
  return out;
}

test("an edited copy of a corpus passage is traced to its source, shared wording marked in both, with only GETs of static files", async ({ guarded: page, site }) => {
  const corpus = await loadCorpus(page);
  const { url, text } = seed(corpus);
  await page.goto("check/");
  const requests = recordRequests(page);
  await check(page, text);
  const result = page.getByRole("region", { name: "查重结果" });
  await expect(result.getByText(/文字重复率/).first()).toBeVisible();
  const share = Number((await result.locator(".check-share strong").textContent())?.replace("%", ""));
  expect(share, "a copy edited by a tenth is mostly found").toBeGreaterThan(50);
  const pair = result.locator(".pair").first();
  await expect(pair.getByRole("link")).toHaveAttribute("href", `${site.base}${url}`);
  expect(await pair.locator(".pair-side").first().locator("mark").count()).toBeGreaterThan(0);
  expect(await pair.locator(".pair-side").nth(1).locator("mark").count()).toBeGreaterThan(0);
  expectStaticGets(requests, site);
  const collect = pair.getByRole("button", { name: /摘录/ });
  await collect.click();
  await expect(collect, "the source can be collected for the workbench").toHaveAttribute("aria-pressed", "true");
});

test("fresh text in our own words gets no source above the threshold", async ({ guarded: page }) => {
  await page.goto("check/");
  await check(page, fresh);
  const result = page.getByRole("region", { name: "查重结果" });
  await expect(result.locator(".check-item")).not.toHaveCount(0);
  await expect(result.locator(".pair")).toHaveCount(0);
  await expect(result.locator(".check-item.has-match")).toHaveCount(0);
});

test("a .docx and a GB18030 .txt open in the browser, and the command's --json names the same sources as the page's CSV", async ({ guarded: page, site }) => {
  const corpus = await loadCorpus(page);
  const { text } = seed(corpus);
  mkdirSync(tmp, { recursive: true });
  const files = { docx: join(tmp, "草稿.docx"), txt: join(tmp, "草稿-gb18030.txt") };
  writeFileSync(files.docx, docx(`${text}\n${fresh}`));
  writeFileSync(files.txt, encodeGb18030(`${text}\n${fresh}`));
  await page.goto("check/");
  const fileInput = page.getByLabel("或打开文件");
  for (const [kind, path] of Object.entries(files)) {
    await fileInput.setInputFiles(path);
    await expect(page.getByRole("status")).toHaveText(/已读取/);
    await expect(page.getByRole("textbox", { name: "草稿" }), kind).toHaveValue(/推进老旧小区改造/);
    await page.getByRole("button", { name: "查重", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /查重完成|没有完成/ })).toHaveText(/查重完成/);
    const pageSources = await firstSources(page, site.base);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载 CSV" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    const cli = JSON.parse(execFileSync(process.execPath, [join(project, "scripts", "check.ts"), "--json", `--dist=${join(project, site.dir)}`, path], { encoding: "utf8" })) as {
      items: { matches: { url: string }[] }[];
    };
    expect(cli.items.map((i) => i.matches[0]?.url ?? ""), kind).toEqual(pageSources);
    for (const url of pageSources.filter(Boolean)) expect(csv, "the CSV lists the sources").toContain(url);
  }
});

test("bad input gets a clear message in Chinese and the page keeps working", async ({ guarded: page }) => {
  await page.goto("check/");
  const status = page.getByRole("status").first();
  await page.getByRole("button", { name: "查重", exact: true }).click();
  await expect(status).toHaveText(/草稿是空的/);
  // A 1 MB paste (UTF-8): refused before any work.
  await page.getByRole("textbox", { name: "草稿" }).fill("甲".repeat(350_000));
  await page.getByRole("button", { name: "查重", exact: true }).click();
  await expect(status).toHaveText(/超过上限/);
  const input = page.getByLabel("或打开文件");
  await input.setInputFiles({ name: "图片.txt", mimeType: "text/plain", buffer: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 32)) });
  await expect(status).toHaveText(/二进制文件/);
  await input.setInputFiles({ name: "过大.docx", mimeType: "application/octet-stream", buffer: Buffer.from(docx(fresh, { declare: { "word/document.xml": 5 * 2 ** 30 } })) });
  await expect(status).toHaveText(/超过上限/);
  await check(page, fresh);
});

test("find examples like this lists passages near in wording, each linked to its place", async ({ guarded: page, site }) => {
  const corpus = await loadCorpus(page);
  const { text } = seed(corpus);
  await page.goto("check/");
  await page.getByRole("textbox", { name: "一段文字" }).fill(text.slice(0, 120));
  await page.getByRole("button", { name: "找相近的写法" }).click();
  const box = page.getByRole("region", { name: "找相近的写法" });
  await expect(box.getByRole("heading", { name: "用词相近的条目" })).toBeVisible();
  const first = box.locator(".example-list a").first();
  await expect(first).toHaveAttribute("href", new RegExp(`^${site.base}reports/[^/]+/#.+`));
});

test("the printed result leaves out the forms and keeps the items", async ({ guarded: page }) => {
  const corpus = await loadCorpus(page);
  await page.goto("check/");
  await check(page, seed(corpus).text);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("textbox", { name: "草稿" })).toBeHidden();
  await expect(page.locator(".check-item").first()).toBeVisible();
});
