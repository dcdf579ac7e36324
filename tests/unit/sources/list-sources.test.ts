import { describe, expect, it } from "vitest";
import { pairSidecars } from "../../../scripts/sources/list-sources.ts";

describe("pairSidecars", () => {
  it("pairs `<source file name>.meta.yaml` (or .yml, any case) with its source", () => {
    const { sources, sidecars, orphans } = pairSidecars(["a.txt", "a.txt.meta.yaml", "b/c.docx", "b/c.docx.META.YML", "d.md"]);
    expect(sources).toEqual(["a.txt", "b/c.docx", "d.md"]);
    expect([...sidecars]).toEqual([
      ["a.txt", "a.txt.meta.yaml"],
      ["b/c.docx", "b/c.docx.META.YML"],
    ]);
    expect(orphans).toEqual([]);
  });

  it("reports a sidecar named without the source's extension, saying the name it should have", () => {
    const { orphans } = pairSidecars(["foo.txt", "foo.meta.yaml"]);
    expect(orphans).toEqual([{ path: "foo.meta.yaml", message: expect.stringContaining("“foo.txt.meta.yaml”") }]);
  });

  it("reports a sidecar with no source at all, and a second sidecar for the same source", () => {
    const { orphans } = pairSidecars(["a.txt", "a.txt.meta.yaml", "a.txt.meta.yml", "gone.txt.meta.yaml"]);
    expect(orphans.map((o) => o.path)).toEqual(["a.txt.meta.yml", "gone.txt.meta.yaml"]);
    expect(orphans[0]?.message).toMatch(/已有旁注文件“a\.txt\.meta\.yaml”/);
    expect(orphans[1]?.message).toMatch(/没有名为“gone\.txt”的来源文件/);
  });
});
