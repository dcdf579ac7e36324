// A folder of bad and awkward files goes through ingest: nothing stops it, and every file ends
// as a report or as a problem that names it and says what to do.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFiles, ingest } from "../../../scripts/ingest.ts";
import { listFiles } from "../../../scripts/sources/list-sources.ts";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";
import { buildFileSchema, type BuildFile } from "../../../src/schemas/build-file.ts";
import { repoRoot } from "../helpers.ts";
import { docx } from "../support/docx.ts";
import { encodeGb18030 } from "../support/gb18030.ts";
import { zip } from "../support/zip.ts";

/** The text of the shipped report whose file name starts with `prefix` (000…004). */
async function shipped(prefix: string): Promise<string> {
  const dir = join(repoRoot, "content", "sources");
  const name = (await readdir(dir)).find((f) => f.startsWith(prefix));
  return readFile(join(dir, name ?? prefix), "utf8");
}
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Deterministic bytes that are text in no encoding. */
function randomBytes(n: number): Uint8Array {
  let x = 12345;
  return Uint8Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
}

let work: string;
let files: BuildFile[];
let problemCount: number;
const logged: string[] = [];
const row = (id: string) => files.find((f) => f.id === id);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ingest-bad-"));
  const sources = join(work, "sources");
  await mkdir(join(sources, "2021", "材料"), { recursive: true });
  const put = (path: string, bytes: Uint8Array | string) => writeFile(join(sources, path), bytes);
  const [r000, r001, r003, r004] = await Promise.all([shipped("000"), shipped("001"), shipped("003"), shipped("004")]);
  await Promise.all([
    put("empty.txt", ""),
    put("blank.txt", " \r\n\u3000\r\n"),
    put("random.txt", randomBytes(2000)),
    put("scan.pdf", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj")),
    put("old.doc", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    put("table.xlsx", zip({ "xl/workbook.xml": "<workbook/>" })),
    put("broken.docx", docx(r001).subarray(0, 300)),
    put("not-word.docx", zip({ "hello.txt": "hi" })),
    put("hello.txt", "hello"),
    put("short.txt", "一、存在的主要问题\n学习不够深入。"),
    put("000.txt", r000),
    put("000 副本.docx", docx(r000)),
    put("副本 (2) 对照检查.txt", encodeGb18030(r004)),
    put("2021/材料/003.MD", `---\nunit: 镇街\n---\n\n${r003}`),
    put("2021/材料/003.MD.meta.yaml", "role: 班子成员\n"),
    put("001.TXT", r001),
    put("001.meta.yaml", "role: 分管领导\n"),
    put("bad-sidecar.txt", r001.replace("站位点不高", "站位点不够高")),
    put("bad-sidecar.txt.meta.yaml", "titel: 错字\n"),
    put("collection.txt", ["对照检查材料两篇", "篇一", r001.replace("站位点不高", "站位还不高"), "篇二", r004.replace("学习不够自觉", "学习还不够自觉")].join("\n")),
    put("unstructured.txt", "本人近期认真学习了有关文件精神，对照要求查找了自身在学习、工作、作风等方面存在的差距和不足。".repeat(4)),
  ]);
  problemCount = await ingest({
    sources,
    out: join(work, "out"),
    ...contentFiles(join(repoRoot, "content")),
    log: (line) => logged.push(line),
  });
  files = buildFileSchema.array().parse(JSON.parse(await readFile(join(work, "out", "build", "files.json"), "utf8")));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("ingest of a folder of bad files", () => {
  it("gives every file in the folder a row, sidecars included, and nothing else", async () => {
    const all = await listFiles(join(work, "sources"));
    expect(files.map((f) => f.id).sort()).toEqual(
      all.filter((p) => !/\.meta\.yaml$/.test(p) || p === "001.meta.yaml").sort(),
    );
  });

  it("makes every row a report or a problem, and counts the problem files", () => {
    for (const f of files) expect(f.reports.length > 0 || f.problems.length > 0, f.id).toBe(true);
    expect(problemCount).toBe(files.filter((f) => f.problems.length > 0).length);
  });

  it("writes a report file for every report row", async () => {
    const written = await readdir(join(work, "out", "reports"));
    expect(written.sort()).toEqual(files.flatMap((f) => f.reports.map((id) => `${id}.md`)).sort());
  });

  it.each([
    ["empty.txt", /空的/],
    ["blank.txt", /没有文字/],
    ["random.txt", /UTF-8|二进制/],
    ["scan.pdf", /PDF.*复制文字/],
    ["old.doc", /\.doc.*另存为 \.docx/],
    ["table.xlsx", /不支持的文件类型“\.xlsx”/],
    ["broken.docx", /无法作为 Word（\.docx）文件读取/],
    ["not-word.docx", /无法作为 Word（\.docx）文件读取/],
    ["hello.txt", /没有中文/],
    ["short.txt", /太短/],
    ["000 副本.docx", /与“000\.txt”的文字完全相同/],
    ["001.meta.yaml", /改名为“001\.TXT\.meta\.yaml”/],
  ])("names %s as a problem, saying what to do, without a report", (id, message) => {
    const f = row(id);
    expect(f?.reports, id).toEqual([]);
    expect(f?.problems).toEqual([expect.stringMatching(message)]);
    expect(f?.problems[0]).toMatch(/请/);
  });

  it("reads the awkward but good files into reports", () => {
    expect(row("副本 (2) 对照检查.txt")).toMatchObject({ format: "txt", encoding: "gb18030", passages: 17, problems: [] });
    expect(row("000.txt")).toMatchObject({ format: "txt", passages: 29, problems: [] });
    expect(row("2021/材料/003.MD")).toMatchObject({ format: "md", passages: 25, problems: [] });
    expect(row("001.TXT")).toMatchObject({ format: "txt", passages: 24, problems: [] });
  });

  it("applies frontmatter and the sidecar to a Markdown source", async () => {
    const id = row("2021/材料/003.MD")?.reports[0];
    const report = readFrontmatter(await readFile(join(work, "out", "reports", `${id}.md`), "utf8"));
    expect(report).toMatchObject({ unit: "镇街", role: "班子成员" });
    expect(report.evidence).toContainEqual(expect.objectContaining({ field: "role", from: "sidecar" }));
  });

  it("keeps a report whose sidecar is wrong, naming the sidecar and what to fix", () => {
    const f = row("bad-sidecar.txt");
    expect(f?.reports).toHaveLength(1);
    expect(f?.problems).toEqual([expect.stringMatching(/旁注文件“bad-sidecar\.txt\.meta\.yaml”有误.*未知字段 titel/)]);
  });

  it("keeps a text without recognizable sections as one unstructured report, flagged", () => {
    const f = row("unstructured.txt");
    expect(f?.reports).toHaveLength(1);
    expect(f?.passages).toBe(1);
    expect(f?.problems).toEqual([expect.stringMatching(/未分节/)]);
  });

  it("splits a collection (篇一, 篇二) into reports of the same source, each with its own id, and says so", async () => {
    const f = row("collection.txt");
    expect(f?.reports).toEqual(["collection-1", "collection-2"]);
    expect(f?.passages).toBe(24 + 17);
    expect(f?.problems).toEqual([]);
    expect(f?.notes).toEqual([expect.stringMatching(/文件中有 2 篇材料.*第一篇之前的 1 行（“对照检查材料两篇”）不是材料正文，未收录/)]);
    const report = readFrontmatter(await readFile(join(work, "out", "reports", "collection-2.md"), "utf8"));
    expect(report).toMatchObject({ source: "collection.txt", part: 2, meeting: "组织生活会" });
  });

  it("prints one line per stage and one per problem file", () => {
    expect(logged[0]).toMatch(/^读取 {2}\d+ 个来源文件/);
    expect(logged[1]).toMatch(/^归类 {2}按语料中词表归类的条目学习各类型的字组特征，补归类 \d+ 条/);
    expect(logged[2]).toMatch(/^关联 {2}对应关系、方面对齐/);
    expect(logged[3]).toMatch(/^审读 {2}套话、具体、规定方面（\d+ 份规定）/);
    expect(logged[4]).toMatch(/^相似 {2}各条在其他报告中的相似条目/);
    expect(logged[5]).toMatch(/^写出 {2}\d+ 篇报告有变化，\d+ 篇已删去，\d+ 篇未变/);
    expect(logged[6]).toMatch(/^解析 {2}\d+ 篇报告，\d+ 条，\d+ 个文件有问题/);
    expect(logged.filter((l) => l.startsWith("问题"))).toHaveLength(problemCount);
  });
});
