// Frontmatter in a .md source and a sidecar both override what processReport infers, with the evidence saying so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processReport, type SourceInfo } from "../../../src/parse/process-report.ts";
import { processOptions, repoRoot } from "../helpers.ts";

const process = async (text: string, source: string, info: SourceInfo = {}) => processReport(text, source, await processOptions(), info);
const text = readFileSync(join(repoRoot, "content", "sources", "000_088d5b5e524c3f63.txt"), "utf8");

describe("metadata overrides", () => {
  it("infers without overrides", async () => {
    const { report } = await process(text, "000.txt");
    expect(report).toMatchObject({ unit: "园区", role: "党委（党组）书记" });
  });

  it("takes a .md source's frontmatter over the inferred fields", async () => {
    const md = `---\nunit: 经开区\nyear: 2022\n---\n\n${text}`;
    const { report, warnings } = await process(md, "000.md", { format: "md" });
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({ unit: "经开区", year: 2022, role: "党委（党组）书记" });
    expect(report.evidence).toContainEqual({ field: "unit", from: "frontmatter", match: "经开区" });
    expect(report.passages[0]?.text).not.toContain("unit");
  });

  it("takes the sidecar over frontmatter and inference", async () => {
    const md = `---\nunit: 经开区\n---\n\n${text}`;
    const { report } = await process(md, "000.md", { format: "md", sidecar: { unit: "镇街", role: "班子成员", title: "某某同志对照检查材料" } });
    expect(report).toMatchObject({ unit: "镇街", role: "班子成员", title: "某某同志对照检查材料" });
    expect(report.evidence).toContainEqual({ field: "role", from: "sidecar", match: "班子成员" });
  });

  it("keeps the report when the frontmatter is wrong, with a warning saying what to fix", async () => {
    const md = `---\nunti: 经开区\n---\n\n${text}`;
    const { report, warnings } = await process(md, "000.md", { format: "md" });
    expect(report.unit).toBe("园区");
    expect(warnings).toEqual([expect.stringMatching(/frontmatter.*未知字段 unti/)]);
  });

  it("treats a text file's leading --- block as text, not frontmatter", async () => {
    const { report } = await process(`---\nunit: 经开区\n---\n${text}`, "000.txt");
    expect(report.unit).toBe("园区");
  });
});
