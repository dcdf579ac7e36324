// Fixture cases in the unified-collective style: tests/fixtures/structure/<case>/input.txt → expected.json.
// `UPDATE=1 npm run test:unit` (re)writes expected.json; otherwise a missing expected.json fails.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processText, repoRoot, summarize } from "../../helpers.ts";

const fixtures = join(repoRoot, "tests", "fixtures", "structure");
const update = process.env.UPDATE === "1";
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("structure fixtures", () => {
  it("has fixture cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(fixtures, name);
    const inputPath = join(dir, "input.txt");
    const expectedPath = join(dir, "expected.json");
    if (!existsSync(inputPath)) throw new Error(`${inputPath} is missing: every fixture folder needs an input.txt`);
    const input = readFileSync(inputPath, "utf8");
    if (name.includes("crlf")) expect(input, "the CRLF fixture lost its CRLF line endings").toContain("\r\n");

    const actual = summarize(await processText(input, `${name}/input.txt`));
    if (update) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(expectedPath)) {
      throw new Error(`${expectedPath} is missing: run \`UPDATE=1 npm run test:unit\` to create it, then check it by hand`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
