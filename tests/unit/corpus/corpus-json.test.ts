import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpusReports } from "../../../scripts/corpus/corpus-json.ts";
import { corpusJsonLines } from "../../../src/lib/corpus-export.ts";
import type { Report } from "../../../src/schemas/report.ts";
import { processText, repoRoot } from "../helpers.ts";

describe("corpus.json, a report a line", () => {
  it("is one JSON document, and a reader takes it back a report at a time, in order", async () => {
    const sources = ["000_088d5b5e524c3f63.txt", "001_53bd226f14dc173a.txt"];
    const reports = await Promise.all(
      sources.map(async (s, i) => {
        const { report } = await processText(readFileSync(join(repoRoot, "content", "sources", s), "utf8"), s);
        return { id: `r${i}`, data: { ...report, order: i } as Report };
      }),
    );
    const files = [{ id: "bad.pdf", data: { source: "bad.pdf", format: null, encoding: null, reports: [], problems: ["PDF 文件不能直接读取"], notes: [] } }];
    const text = (await Array.fromAsync(corpusJsonLines(reports, files as never))).join("");
    const whole = JSON.parse(text) as { reports: { id: string; passages: unknown[] }[]; problems: { source: string }[] };
    expect(whole.reports.map((r) => r.id)).toEqual(["r0", "r1"]);
    expect(whole.problems).toEqual([{ source: "bad.pdf", message: "PDF 文件不能直接读取" }]);
    const path = join(mkdtempSync(join(tmpdir(), "corpus-json-")), "corpus.json");
    writeFileSync(path, text);
    expect(await readCorpusReports(path)).toEqual(whole.reports);
  });
});
