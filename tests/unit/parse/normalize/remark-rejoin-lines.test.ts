import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { plain } from "../../../../src/parse/normalize/remark-normalize.ts";
import { remarkRejoinLines, wrapWidth } from "../../../../src/parse/normalize/remark-rejoin-lines.ts";
import { textParse } from "../../../../src/parse/normalize/text-parse.ts";
import { repoRoot } from "../../helpers.ts";

async function rejoin(text: string): Promise<string[]> {
  const processor = unified().use(textParse).use(remarkRejoinLines);
  const tree = (await processor.run(processor.parse(text))) as Root;
  return tree.children.map((n) => plain(n as Paragraph));
}

/** Hard-wraps one paragraph every `width` characters. */
function wrap(paragraph: string, width = 20): string[] {
  const out: string[] = [];
  for (let at = 0; at < paragraph.length; at += width) out.push(paragraph.slice(at, at + width));
  return out;
}

const p1 = "一是学习不够深入系统，满足于读文件、听讲座，对新思想新理论的理解停留在表面，没有做到学懂弄通做实。";
const p2 = "二是调查研究不够扎实，下基层调研时间少，听汇报多、看现场少，对群众的急难愁盼了解不够全面。";
const p3 = "三是斗争精神有所欠缺，遇到矛盾绕道走，对错误言论不敢亮剑，存在好人主义思想，批评与自我批评开展得不够。";

describe("remarkRejoinLines", () => {
  it("leaves the five shipped reports (one paragraph per line) exactly as they are", async () => {
    const dir = join(repoRoot, "content", "sources");
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), "utf8");
      const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
      expect(await rejoin(text), name).toEqual(lines);
    }
  });

  it("leaves short lines of different lengths alone (a list, not a wrap)", async () => {
    const list = ["学习不够", "调研不深入，走访少", "斗争精神欠缺，好人主义", "作风不实", "创新不足，老办法多", "担当不够"];
    expect(await rejoin(list.join("\n"))).toEqual(list);
  });

  it("rejoins wrapped lines, starting a paragraph where a short line ended the last", async () => {
    const lines = [...wrap(p1), ...wrap(p2), ...wrap(p3)];
    expect(await rejoin(lines.join("\n"))).toEqual([p1, p2, p3]);
  });

  it("starts a paragraph at an enumerator even after a full line", async () => {
    const a = "（一）关于理论学习方面存在的问题和不足之处，主要表现在以下几个";
    const b = "方面";
    const item = "1、学习不够深入系统，满足于读文件、听讲座，对新思想新理论的理解停留在表面。";
    const lines = [...wrap(a), b, ...wrap(item), ...wrap(p2), ...wrap(p3)];
    expect(await rejoin(lines.join("\n"))).toEqual([`${a}${b}`, item, p2, p3]);
  });

  it("opens a paragraph at 一是 after a short line without a full stop (an aspect heading ending in 方面)", async () => {
    const heading = "（一）在带头深刻感悟“两个确立”的决定性意义，做到“两个维护”方面";
    const lines = [...wrap(heading), ...wrap(p1), ...wrap(p2), ...wrap(p3)];
    expect(await rejoin(lines.join("\n"))).toEqual([heading, p1, p2, p3]);
  });

  it("never joins across a section heading, and keeps a title on its own", async () => {
    const title = "某某同志对照检查材料";
    const lines = [title, ...wrap(`按照要求，${p1}`), "一、存在的主要问题", ...wrap(p2), "二、原因分析", ...wrap(p3)];
    expect(await rejoin(lines.join("\n"))).toEqual([title, `按照要求，${p1}`, "一、存在的主要问题", p2, "二、原因分析", p3]);
  });

  it("does not take a line opening with 一， (单一，举一反三，) for a section heading", async () => {
    const p = "经常翻阅学习的也就是几本读本，内容非常单一，学习效果不理想。";
    const lines = [...wrap(p1), ...wrap(p), ...wrap(p2), ...wrap(p3)];
    expect(lines.filter((l) => l.startsWith("一，"))).toHaveLength(1);
    expect(await rejoin(lines.join("\n"))).toEqual([p1, p, p2, p3]);
  });

  it("uses indents, where only some lines have them, to tell where paragraphs start", async () => {
    const a = "本人对照检查了自己在思想、政治、作风、能力、廉洁等方面的表现";
    const b = "按照会议通知要求，本人认真准备，广泛征求意见，深入谈心谈话。";
    const indented = (p: string) => wrap(p).map((l, i) => (i === 0 ? `\u3000\u3000${l}` : l));
    const lines = [...indented(`${a}。`), ...indented(b), ...indented(p2), ...indented(p3)];
    expect(await rejoin(lines.join("\n"))).toEqual([`${a}。`, b, p2, p3]);
  });
});

describe("wrapWidth", () => {
  it("finds the width most lines were broken at", () => {
    expect(wrapWidth([...wrap(p1, 24), ...wrap(p2, 24), ...wrap(p3, 24)], 20, 50, 0.3)).toBe(24);
  });

  it("is null for text of one paragraph per line", () => {
    expect(wrapWidth([p1, p2, p3, "一、存在的主要问题"], 20, 50, 0.3)).toBeNull();
  });
});
