// `<script>` in a source is text: the generated Markdown and /data/corpus.json keep the characters, never markup.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";
import { corpusJsonLines } from "../../../src/lib/corpus-export.ts";
import { buildFileSchema } from "../../../src/schemas/build-file.ts";
import { reportFileSchema, type ReportFile } from "../../../src/schemas/report.ts";
import { repoRoot } from "../helpers.ts";

const script = "<script>alert(1)</script>";
const bold = "<b>热点</b>";
let work: string;
let markdown: string;
let report: ReportFile;
let markdownReport: ReportFile;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ingest-text-"));
  await mkdir(join(work, "sources"));
  const source = await readFile(join(repoRoot, "content", "sources", "001_53bd226f14dc173a.txt"), "utf8");
  const withMarkup = source.replace("1、站位点不高。", `1、站位点不高。曾转发含有${script}字样的链接，对${bold}问题回应不及时。`);
  await writeFile(join(work, "sources", "script.txt"), withMarkup);
  const markdownSource = source.replace("2、领悟力不强。", `2、领悟力不强。<script>alert(2)</script>`).replace("二、产生问题的原因分析", "## 二、产生问题的原因分析");
  await writeFile(join(work, "sources", "markup.md"), markdownSource);
  await ingest({
    sources: join(work, "sources"),
    out: join(work, "out"),
    ...contentFiles(join(repoRoot, "content")),
    log: () => {},
  });
  const data = (md: string) => reportFileSchema.parse(readFrontmatter(md));
  markdown = await readFile(join(work, "out", "reports", "script.md"), "utf8");
  report = data(markdown);
  markdownReport = data(await readFile(join(work, "out", "reports", "markup-md.md"), "utf8"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("markup in a source", () => {
  it("is kept as characters in the report's data", () => {
    expect(report.passages.find((p) => p.id === "a1-1")?.text).toContain(`含有${script}字样的链接，对${bold}问题`);
  });

  it("is text, never an HTML node, in the generated Markdown body", () => {
    const tree = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).parse(markdown) as Root;
    const html: string[] = [];
    let text = "";
    visit(tree, (node) => {
      if (node.type === "html") html.push(node.value);
      if (node.type === "text") text += node.value;
    });
    expect(html.filter((h) => !h.startsWith("<!--"))).toEqual([]);
    expect(text).toContain(script);
  });

  it("is kept as characters in /data/corpus.json", async () => {
    const files = buildFileSchema.array().parse(JSON.parse(await readFile(join(work, "out", "build", "files.json"), "utf8")));
    const json = (await Array.fromAsync(corpusJsonLines([{ id: "script", data: { ...report, order: 0 } }], files.map((f) => ({ id: f.id, data: f }))))).join("");
    expect(json).toContain(script);
    expect(JSON.parse(json).reports[0].passages.find((p: { id: string }) => p.id === "a1-1").text).toContain(script);
  });

  it("stays text in a Markdown source too, where Markdown would read it as raw HTML", () => {
    expect(markdownReport.passages.find((p) => p.id === "a1-2")?.text).toMatch(/^领悟力不强。<script>alert\(2\)<\/script>对标对表/);
  });
});
