// The metadata of the five shipped reports: all personal, each role as its text implies, and the year.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processText, repoRoot } from "../helpers.ts";

const sourcesDir = join(repoRoot, "content", "sources");

const expected: Record<string, { role: string; roleGroup: string; year: number }> = {
  "000": { role: "党委（党组）书记", roleGroup: "主要负责人", year: 2021 },
  "001": { role: "分管领导", roleGroup: "班子成员", year: 2021 },
  "002": { role: "党工委书记", roleGroup: "主要负责人", year: 2021 },
  "003": { role: "办公室主任", roleGroup: "主要负责人", year: 2021 },
  "004": { role: "党员领导干部", roleGroup: "普通党员干部", year: 2021 },
};

describe("shipped reports' metadata", () => {
  it.each(Object.entries(expected))("%s is personal, with its role, class and year", async (prefix, fields) => {
    const file = readdirSync(sourcesDir).find((f) => f.startsWith(`${prefix}_`)) ?? "";
    const { report } = await processText(readFileSync(join(sourcesDir, file), "utf8"), file);
    expect(report).toMatchObject({ kind: "personal", ...fields });
  });
});
