import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../../scripts/normalize/load-glossary.ts";
import { repoRoot } from "../helpers.ts";

describe("loadGlossary", () => {
  it("loads the shipped glossary with dangshi and mzshh", async () => {
    const glossary = await loadGlossary(join(repoRoot, "content", "glossary.yaml"));
    expect(glossary.get("dangshi")).toBe("党史");
    expect(glossary.get("mzshh")).toBe("民主生活会");
  });

  it("does not list placeholders as stand-ins", async () => {
    const glossary = await loadGlossary(join(repoRoot, "content", "glossary.yaml"));
    for (const placeholder of ["xx", "××", "***", "某某"]) expect(glossary.has(placeholder)).toBe(false);
  });

  it("lower-cases the keys", async () => {
    const dir = await mkdtemp(join(tmpdir(), "glossary-"));
    await writeFile(join(dir, "g.yaml"), "DangShi: 党史\n");
    expect([...(await loadGlossary(join(dir, "g.yaml")))]).toEqual([["dangshi", "党史"]]);
  });

  it("rejects a key that is not Latin letters", async () => {
    const dir = await mkdtemp(join(tmpdir(), "glossary-"));
    await writeFile(join(dir, "g.yaml"), "dang shi: 党史\n");
    await expect(loadGlossary(join(dir, "g.yaml"))).rejects.toThrow(/拉丁字母/);
  });
});
