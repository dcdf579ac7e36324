// A per-report step's results, kept between ingests under the digest of their inputs.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReportMemo } from "../../../scripts/corpus/report-memo.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "report-memo-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("openReportMemo", () => {
  it("recalls a result only under the inputs and code it was made with, and keeps only the reports set last time", async () => {
    const file = join(work, "memo", "step.jsonl");
    const first = await openReportMemo<{ n: number }>(file, "code 1");
    expect(first.get("a", "x")).toBeUndefined();
    first.set("a", "x", { n: 1 });
    first.set("b", "y", { n: 2 });
    await first.save();

    const second = await openReportMemo<{ n: number }>(file, "code 1");
    expect(second.get("a", "x")).toEqual({ n: 1 });
    expect(second.get("a", "other inputs")).toBeUndefined();
    second.set("a", "x", { n: 1 });
    await second.save();

    const third = await openReportMemo<{ n: number }>(file, "code 1");
    expect(third.get("a", "x")).toEqual({ n: 1 });
    expect(third.get("b", "y")).toBeUndefined();
    expect((await openReportMemo(file, "code 2")).get("a", "x")).toBeUndefined();
  });

  it("recalls nothing from a file that is not there", async () => {
    expect((await openReportMemo(join(work, "none.jsonl"), "code")).get("a", "x")).toBeUndefined();
    await writeFile(join(work, "empty.jsonl"), "");
    expect((await openReportMemo(join(work, "empty.jsonl"), "code")).get("a", "x")).toBeUndefined();
  });
});
