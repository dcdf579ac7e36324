import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { reportMarkdown } from "../../../scripts/emit/write-report.ts";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";
import { reportSchema } from "../../../src/schemas/report.ts";
import type { CorpusEntry } from "../../../scripts/corpus/read-corpus.ts";
import { reviewCorpus } from "../../../scripts/review/attach-review.ts";
import { processText } from "../helpers.ts";
import { bodyInMemory } from "../../../scripts/corpus/body-spool.ts";

describe("reportMarkdown", () => {
  it("writes frontmatter that reads back as the report, as JSON and as YAML, above the Markdown body", async () => {
    const { report } = await processText("关于某局领导班子对照检查材料\n一、存在的问题\n（一）理论学习方面\n1.学习“不深”，对---和“引号”、\\反斜杠也照录。\n", "a.txt");
    const entries: CorpusEntry[] = [{ id: "a", report: { ...report, order: 0 }, body: bodyInMemory("") }];
    reviewCorpus(entries, []);
    const full = reportSchema.parse({ ...report, order: 0, review: entries[0]?.review });
    const md = reportMarkdown(full, "# 正文\n\n---\n");
    expect(readFrontmatter(md)).toEqual(full);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? "";
    expect(load(yaml)).toEqual(full);
    expect(md.endsWith("# 正文\n\n---\n")).toBe(true);
  });
});
