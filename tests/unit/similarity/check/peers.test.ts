// Peers in a batch: how much of each draft is found word for word in each other one (src/similarity/check/peers.ts).
import { describe, expect, it } from "vitest";
import { findPeers, peersOf, type PeerDraft } from "../../../../src/similarity/check/peers.ts";
import { stockSet } from "../../../../src/similarity/check/stock-phrases.ts";

/** The genre's formulas: their four-character runs are the stock wording of these tests. */
const formulas = ["习近平新时代中国特色社会主义思想", "两个维护", "四个意识", "四个自信", "以人民为中心的发展思想", "全面从严治党"];
const runs = [...new Set(formulas.flatMap((f) => Array.from({ length: Math.max(1, f.length - 3) }, (_, i) => f.slice(i, i + 4))))];
const options = { minRun: 8, stock: stockSet(runs, { k: 4, maxLength: 30 }) };

/** Items in our own words, each about as long as the others. */
const own = [
  "在学习习近平新时代中国特色社会主义思想上，满足于参加集中学习，自己挤时间钻研原著不够，读原文悟原理的功夫下得少，遇到新情况仍靠老经验拿主意。",
  "抓分管的招商引资工作时，对重点项目跟踪不紧，去年签约的三个项目中有一个迟迟没有开工，我过问了两次就放下了，没有一竿子插到底。",
  "联系群众不够经常，到挂钩村走访多是听汇报、看台账，坐下来和老党员、困难户拉家常的时候少，对群众反映的灌溉渠维修问题回应慢。",
  "执行民主集中制有时打折扣，个别涉及人事安排的事项会前沟通不充分，会上讨论时大家发言不多，我也没有主动引导大家把意见讲透。",
  "勤俭节约的弦绷得不紧，办公楼改造时对装修标准把关不严，觉得只要不超预算就行，对可用可不用的开支没有一项一项地算细账。",
  "开展批评时顾虑较多，对班子成员分管领域的问题，当面指出的少、私下提醒的多，担心伤了和气，影响工作配合，好人主义思想作怪。",
];
const others = [
  "推进老旧小区改造时，对加装电梯的意见分歧调处不及时，两个小区的居民多次反映，街道层面协调了几轮仍没有结果，我催办不力。",
  "安全生产检查多靠企业自查上报，我带队实地抽查的次数偏少，对辖区内小仓库、小作坊的消防隐患底数不清，整改验收把关不严。",
  "对年轻干部的培养缺少长远打算，压担子多、带方法少，有的同志到岗半年还没有独立承办过一件完整的事，我没有及时帮助分析原因。",
];

const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
const draft = (texts: string[]): PeerDraft => texts.map((text) => ({ text }));
const share = (pairs: ReturnType<typeof findPeers>, from: number, to: number) => pairs.find((p) => p.from === from && p.to === to)?.share ?? NaN;

describe("findPeers", () => {
  it("a draft copying half of another's items word for word shows about half, in both directions, and names the copied items", () => {
    const a = draft(own);
    const b = draft([...own.slice(0, 3), ...others]);
    const pairs = findPeers([a, b], options);
    expect(share(pairs, 1, 0)).toBeGreaterThan(0.4);
    expect(share(pairs, 1, 0)).toBeLessThan(0.6);
    expect(share(pairs, 0, 1)).toBeGreaterThan(0.4);
    expect(share(pairs, 0, 1)).toBeLessThan(0.6);
    const found = pairs.find((p) => p.from === 1 && p.to === 0);
    expect(found?.items.map((i) => i.item)).toEqual([0, 1, 2]);
    for (const item of found?.items ?? []) expect(item.shared / item.own).toBe(1);
  });

  it("drafts sharing only the genre's formulas show about nothing", () => {
    const a = draft(own.map((t, i) => `深入学习${formulas[i % formulas.length]}，${t}`));
    const b = draft(others.map((t, i) => `坚持${formulas[i % formulas.length]}，增强四个意识、坚定四个自信，做到两个维护。${t}`));
    const pairs = findPeers([a, b], options);
    expect(share(pairs, 0, 1)).toBeLessThan(0.02);
    expect(share(pairs, 1, 0)).toBeLessThan(0.02);
  });

  it("identical drafts hold each other whole; a draft inside a longer one is whole in it, the longer one in part", () => {
    const pairs = findPeers([draft(own), draft(own)], options);
    expect(share(pairs, 0, 1)).toBe(1);
    expect(share(pairs, 1, 0)).toBe(1);
    const short = draft(own.slice(0, 2));
    const long = draft([...own.slice(0, 2), ...others]);
    const nested = findPeers([short, long], options);
    expect(share(nested, 0, 1)).toBe(1);
    const longHan = [...own.slice(0, 2), ...others].reduce((s, t) => s + han(t), 0);
    const stockHan = han("习近平新时代中国特色社会主义思想");
    expect(share(nested, 1, 0)).toBeCloseTo((han(own[0] as string) + han(own[1] as string) - stockHan) / (longHan - stockHan), 4);
  });

  it("reads a traditional item by its simplified text and drops punctuation, and its spans point at the shared text", () => {
    const copied = (own[3] as string).replace(/，/g, " ").replace(/。/g, "！");
    const traditional = "執行民主集中制有時打折扣 個別涉及人事安排的事項會前溝通不充分 會上討論時大家發言不多 我也沒有主動引導大家把意見講透！";
    const pairs = findPeers([draft(own), [{ text: traditional, simplified: copied }, { text: others[0] as string }]], options);
    const pair = pairs.find((p) => p.from === 1 && p.to === 0);
    expect(pair?.items.map((i) => i.item)).toEqual([0]);
    const [start, end] = pair?.items[0]?.spans[0] ?? [0, 0];
    expect(end - start).toBeGreaterThan(copied.length - 3);
  });

  it("gives the same result every time, whatever order the batch is in, and lists every other draft once", () => {
    const batch = [draft(own), draft([...own.slice(0, 3), ...others]), draft(others)];
    const first = findPeers(batch, options);
    expect(findPeers(batch, options)).toEqual(first);
    const reversed = findPeers([...batch].reverse(), options);
    for (const p of first) expect(share(reversed, 2 - p.from, 2 - p.to)).toBe(p.share);
    expect(first).toHaveLength(6);
    expect(peersOf(first, 1).map((p) => p.to)).toEqual([2, 0]);
  });
});
