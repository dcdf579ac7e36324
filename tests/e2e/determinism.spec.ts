// tests/build-sites.ts builds the shipped corpus twice, each time with Astro's cache cleared:
// a deploy must not change files (and so caches and diffs) when nothing in the sources changed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { rebuild, root } from "../sites.ts";
import { expect, test } from "./fixtures.ts";
import { filesUnder, siteDir } from "./site-files.ts";

test("two builds of the same sources are byte-identical, file by file", async () => {
  const first = siteDir(root.dir);
  const second = siteDir(rebuild.dir);
  const [a, b] = await Promise.all([filesUnder(first), filesUnder(second)]);
  const inB = new Set(b);
  const differing: string[] = [];
  for (const file of a.filter((f) => inB.has(f))) {
    const [x, y] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  const outcome = {
    [`only in ${root.dir}/`]: a.filter((f) => !inB.has(f)),
    [`only in ${rebuild.dir}/`]: b.filter((f) => !a.includes(f)),
    "different bytes": differing,
  };
  expect(a.length, `${root.dir}/ holds the built site`).toBeGreaterThan(0);
  expect(outcome, `files that differ between two builds of the same sources:\n${JSON.stringify(outcome, null, 2)}`).toEqual({
    [`only in ${root.dir}/`]: [],
    [`only in ${rebuild.dir}/`]: [],
    "different bytes": [],
  });
});
