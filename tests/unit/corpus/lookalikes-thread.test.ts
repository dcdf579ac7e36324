import { describe, expect, it } from "vitest";
import { startLookalikes } from "../../../scripts/corpus/lookalikes-thread.ts";
import { findLookalikes, type Comparand } from "../../../src/similarity/find-lookalikes.ts";
import { mulberry32 } from "../../../src/similarity/hash.ts";

const phrases = ["存在好人主义思想", "在大是大非面前不敢发声", "面对错误言论退避三舍", "下基层调研时间少", "对基层实情了解不够", "为领导出谋划策作用发挥不够", "理论学习不够深入系统", "学用脱节", "抓落实的韧劲不足"];

/** `reports` reports of 8 passages each, three phrases of the same few each (many look-alikes, many ties), every tenth report empty. */
function corpus(reports: number): Comparand[] {
  const random = mulberry32(7);
  const pick = () => phrases[(random() as number) % phrases.length] as string;
  return Array.from({ length: reports * 8 }, (_, i) => ({ group: Math.floor(i / 8), text: `${pick()}，${pick()}，${pick()}。` })).filter((p) => p.group % 10 !== 3);
}

describe("startLookalikes", () => {
  it("finds on its own thread exactly the look-alikes found on this one, for a corpus large enough to use one", async () => {
    const items = corpus(300);
    expect(items.length, "enough passages for a thread").toBeGreaterThanOrEqual(2_000);
    const found = await startLookalikes(items);
    expect(found.index.filter((j) => j >= 0).length, "the corpus has look-alikes").toBeGreaterThan(1_000);
    expect(found).toEqual(findLookalikes(items));
  });

  it("finds them on this thread for a small corpus", async () => {
    const items = corpus(20);
    expect(await startLookalikes(items)).toEqual(findLookalikes(items));
  });
});
