import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexLines, leadingString } from "../../../src/lib/file-lines.ts";

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "file-lines-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Keys lines of the form `key:value` (a line without a colon has none). */
const keyOf = (line: string) => (line.includes(":") ? line.slice(0, line.indexOf(":")) : undefined);

describe("indexLines", () => {
  it("reads each keyed line whole, in any order, multi-byte text included, the last line without its break too", async () => {
    const path = join(work, "keyed.txt");
    await writeFile(path, "头行，没有键\n甲:一二三\nb:plain\n丙:最后一行");
    const lines = await indexLines(path, keyOf);
    expect([...lines.keys()]).toEqual(["甲", "b", "丙"]);
    expect([lines.get("丙"), lines.get("甲"), lines.get("b"), lines.get("乙")]).toEqual(["丙:最后一行", "甲:一二三", "b:plain", undefined]);
    lines.close();
  });

  it("passes each line's index, and has no lines where there is no file", async () => {
    const path = join(work, "indexed.txt");
    await writeFile(path, "a\nb\nc\n");
    const lines = await indexLines(path, (_, i) => (i === 1 ? "second" : undefined));
    expect(lines.get("second")).toBe("b");
    lines.close();
    expect((await indexLines(join(work, "no-such-file.txt"), keyOf)).size).toBe(0);
  });

  it("reads the lines of the file as it was, after a new one has replaced it", async () => {
    const path = join(work, "replaced.txt");
    await writeFile(path, "甲:1\n乙:2");
    const lines = await indexLines(path, keyOf);
    await writeFile(`${path}.new`, "乙:3\n");
    await rename(`${path}.new`, path);
    expect([lines.get("甲"), lines.get("乙")]).toEqual(["甲:1", "乙:2"]);
    lines.close();
  });
});

describe("leadingString", () => {
  it("decodes the JSON string a line begins with after the prefix, escapes and all, reading nothing after it", () => {
    expect(leadingString('{"id":"a\\"b\\\\","x":[', '{"id":')).toBe('a"b\\');
    expect(leadingString('["报告-1","digest",{', "[")).toBe("报告-1");
  });

  it("finds none where the line begins otherwise", () => {
    expect(leadingString('{"title":"x","id":"y"}', '{"id":')).toBeUndefined();
    expect(leadingString("[1,2]", "[")).toBeUndefined();
    expect(leadingString('["unterminated', "[")).toBeUndefined();
  });
});
