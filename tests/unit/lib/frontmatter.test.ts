import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/lib/frontmatter.ts";

describe("readFrontmatter", () => {
  it("parses the YAML between the leading --- lines and ignores the body", () => {
    const md = "---\ntitle: 对照检查材料\nthemes: [ integrity ]\n---\n\n# 正文\n\n---\nnot: frontmatter\n";
    expect(readFrontmatter(md)).toEqual({ title: "对照检查材料", themes: ["integrity"] });
  });

  it("reads CRLF files and a file that is frontmatter only", () => {
    expect(readFrontmatter("---\r\nyear: 2021\r\n---")).toEqual({ year: 2021 });
  });

  it("reads JSON frontmatter, as the generated reports write it, and flow-style YAML that only looks like it", () => {
    expect(readFrontmatter('---\n{\n"title": "对照检查材料",\n"year": 2021\n}\n---\n正文')).toEqual({ title: "对照检查材料", year: 2021 });
    expect(readFrontmatter("---\n{ title: 对照检查材料, year: 2021 }\n---\n")).toEqual({ title: "对照检查材料", year: 2021 });
  });

  it("gives {} for a file without frontmatter or with an empty one", () => {
    expect(readFrontmatter("# 标题\n")).toEqual({});
    expect(readFrontmatter("---\n\n---\n")).toEqual({});
  });
});
