import { describe, expect, it } from "vitest";
import { findLookalikesApart } from "../../../scripts/similarity/attach-lookalikes.ts";
import { findLookalikes, type Comparand } from "../../../src/similarity/find-lookalikes.ts";
import { mulberry32 } from "../../../src/similarity/hash.ts";

const phrases = ["存在好人主义思想", "在大是大非面前不敢发声", "面对错误言论退避三舍", "下基层调研时间少", "对基层实情了解不够", "为领导出谋划策作用发挥不够", "理论学习不够深入系统", "学用脱节", "抓落实的韧劲不足"];

describe("findLookalikesApart", () => {
  it("finds on its own thread exactly what findLookalikes finds, for a corpus large enough to use one", async () => {
    const random = mulberry32(7);
    const pick = () => phrases[Math.floor(random() * phrases.length)] as string;
    // 2,400 passages of 300 reports, made of the same few phrases: many look-alikes, many ties.
    const items: Comparand[] = Array.from({ length: 2_400 }, (_, i) => ({ group: Math.floor(i / 8), text: `${pick()}，${pick()}，${pick()}。` }));
    const apart = await findLookalikesApart(items);
    expect(apart.matches.flat().length, "the corpus has look-alikes").toBeGreaterThan(1_000);
    expect(apart).toEqual(findLookalikes(items));
  });
});
