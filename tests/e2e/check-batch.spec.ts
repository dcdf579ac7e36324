// The 查重 page with several files at once: one row per draft, the drafts against each other, each draft's 审读
// panel, a CSV of the batch, clear messages at the limits, and nothing sent anywhere.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, expectStaticGets, recordRequests, test } from "./fixtures.ts";

// Three drafts are parsed, checked and compared in a few seconds; a busy machine is given far more.
test.describe.configure({ timeout: 60_000 });

/** Items 甲 writes and 乙 copies word for word. */
const copied = [
  "1.项目推进跟踪不力。上半年列入重点调度的23个项目中，有5个开工时间一再推迟，我只在每月调度会上听汇报，到现场协调的只有2次，对征地拆迁、管线迁改等卡点问题没有一抓到底。",
  "2.服务企业不够主动。去年以来走访规上企业17家，对企业提出的用地、融资问题，有6件至今没有明确答复，企业反映办事要找好几个科室，我没有牵头建立一口受理的办法。",
  "1.调查研究不深入。3月份开展的营商环境专题调研，实际到企业座谈只有一个下午，调研报告主要依据各科室报送的材料汇总而成，提出的对策建议针对性不强，至今只落实了两条。",
  "2.文风会风改进不明显。分管科室今年以来印发的文件有41件，其中有一部分是重复部署，我审核把关时没有坚决压减，基层同志反映填表报数的负担仍然不轻。",
];

/** A draft with facts in every problem: counts, dates, an example. Our own words. */
const withFacts = `2023年度主题教育专题民主生活会个人对照检查材料

按照区委关于开好2023年度主题教育专题民主生活会的通知要求，我认真学习了规定的学习篇目，通过座谈、发函等方式征求意见建议，与分管科室负责人逐一谈心谈话，现将个人对照检查情况报告如下。

一、存在的主要问题
（一）在理论学习方面
1.学习的系统性不够。今年个人自学笔记只写了12篇，比年初计划少了一半，对新修订的法规文件多是在会议上听传达，会后没有逐条对照业务工作梳理。
2.学用结合不紧。在编制规划中期评估报告时，对新发展理念的要求理解不深，初稿中有4处目标表述照搬上级文件，例如产业布局一节，没有结合本区实际细化。
（二）在推动发展方面
${copied[0]}
${copied[1]}
（三）在作风建设方面
${copied[2]}
${copied[3]}

二、原因分析
1.理想信念有所松懈，对理论武装的重要性认识不足，把学习当作可以往后放一放的软任务。
2.宗旨意识有所淡化，对企业和群众的急难愁盼感受不深，习惯于在办公室里看材料、听汇报。
3.担当精神有所减弱，满足于不出问题，遇到矛盾绕着走，缺少攻坚克难的劲头。

三、整改措施
1.年底前制定个人学习计划，每月至少精读一本原著，结合分管工作写出学习体会。
2.建立重点项目现场协调制度，每季度到每个滞后项目现场不少于1次，问题不解决不撤离。
3.对企业反映的问题建立台账，30个工作日内给出明确答复，办结情况按月通报。

以上对照检查，请同志们批评指正。`;

/** A draft that copies four of 甲's items word for word and writes the rest itself. */
const copying = `2023年度主题教育专题民主生活会个人对照检查材料

根据主题教育专题民主生活会的安排，我结合分管的发展改革和招商工作，认真查摆自身存在的差距和不足，现报告如下。

一、存在的主要问题
（一）在学思践悟方面
1.钻研原著的劲头不足。读书多停留在划重点、抄金句，静下心来通读原文的时间被各种会议挤占，碰到新问题还是先翻老文件找依据。
2.把理论转化为工作思路的能力不强。谋划全年重点任务时，对上级精神领会得不够透，有的举措只是换了个说法，没有体现本地特点。
（二）在推动发展方面
${copied[0]}
${copied[1]}
（三）在作风建设方面
${copied[2]}
${copied[3]}

二、原因分析
1.党性锻炼有所放松，对自己要求不够严格，满足于完成交办的事情。
2.群众观点树得不牢，联系服务对象的渠道单一，没有真正沉下去。

三、整改措施
1.每周安排固定时间研读原著，每半年向支部汇报一次学习收获。
2.分管领域的重点项目实行清单管理，逐项明确完成时限和责任人。

以上是我的对照检查，恳请大家批评帮助。`;

/** An unrelated draft without a single fact: every problem general. Our own words. */
const vague = `中学党支部书记组织生活会对照检查材料

这次组织生活会前，我对照党章党规，结合学校党建和教育教学工作，深入查找了思想上、工作上、作风上的差距，下面把检查的情况作一汇报。

一、存在的主要问题
（一）在政治理论学习方面
1.学习深度不够。对党的创新理论满足于知道个大概，读原文、悟原理的自觉性不强，理论联系办学实际不够紧密，指导学校工作的办法不多。
2.学习氛围营造不足。组织教职工党员学习时形式比较单一，多是念文件、读报纸，互动交流少，党员的参与积极性没有充分调动起来。
（二）在履行管党治党责任方面
1.抓党建的力度不够。有时重业务轻党建，把主要精力放在教学质量和安全稳定上，对支部标准化建设研究不深，党建和教学融合不够。
2.对党员的日常管理偏松。谈心谈话不够经常，对个别党员身上的苗头性问题提醒不及时，批评教育有时碍于情面，红脸出汗少。
（三）在联系师生方面
1.深入课堂和班级不够。听课评课多是按安排完成，主动到年级组了解青年教师困难的时候少，对学生家长的意见收集不全面。
2.为师生办实事的主动性不强。对教职工关心的职称评聘、办公条件等问题，有时只是做解释工作，推动解决的办法不多。

二、原因分析
1.思想认识上有偏差，觉得学校工作以教学为中心，党建工作抓一抓就行，没有把党建放在全局中谋划。
2.自我要求有所放松，对照党员标准检视自己不够严格，开拓进取的锐气有所减退。

三、努力方向
1.坚持把理论学习摆在首位，制定支部学习计划，创新学习形式，提高学习实效。
2.认真落实党建工作责任，把支部建设和教育教学同谋划同推进，切实管好党员队伍。
3.经常深入课堂、深入师生，帮助解决实际困难，让师生感受到组织的温暖。`;

const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
const file = (name: string, text: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
const batch = [file("甲.txt", withFacts), file("乙.txt", copying), file("丙.txt", vague)];

async function upload(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[] | string[]): Promise<void> {
  await page.getByLabel("或打开文件").setInputFiles(files);
}

/** The percentage a peer cell's accessible label gives: `甲.txt 的 45.3% 见于 乙.txt`. */
async function peerShare(table: Locator, from: string, to: string): Promise<{ share: number; high: boolean }> {
  const cell = table.getByRole("cell", { name: new RegExp(`^${from} 的 [\\d.]+% 见于 ${to}`) });
  const label = (await cell.getAttribute("aria-label")) ?? "";
  return { share: Number(/ 的 ([\d.]+)%/.exec(label)?.[1]), high: (await cell.locator("strong").count()) > 0 };
}

/** Opens a draft from the batch table and returns its 审读 panel. */
async function openDraft(page: Page, name: string): Promise<Locator> {
  await page.getByRole("table", { name: /本批草稿/ }).getByRole("button", { name }).click();
  const result = page.getByRole("region", { name: "查重结果" });
  await expect(result.getByText(`草稿：${name}`)).toBeVisible();
  return result.getByRole("region", { name: "审读" });
}

test("the texts are drafts of the genre, long enough to mean something", () => {
  for (const text of [withFacts, copying, vague]) expect(han(text)).toBeGreaterThanOrEqual(600);
});

test("three files: a row each, the copying pair high and the unrelated pair low, each draft's 审读 panel, a CSV of three rows, only GETs of the site's files", async ({ guarded: page, site }) => {
  await page.goto("check/");
  const requests = recordRequests(page);
  await upload(page, batch);
  await expect(page.getByRole("status").first()).toHaveText(/本批 3 份查完：3 份完成/);

  const table = page.getByRole("table", { name: /本批草稿/ });
  await expect(table.getByRole("row"), "a header row and one row per draft").toHaveCount(4);

  const peers = page.getByRole("table", { name: /两两对照/ });
  const copiedIn = await peerShare(peers, "乙\\.txt", "甲\\.txt");
  expect(copiedIn.share, "乙 copies four of 甲's items").toBeGreaterThanOrEqual(30);
  expect(copiedIn.high, "marked high").toBe(true);
  expect((await peerShare(peers, "甲\\.txt", "乙\\.txt")).share).toBeGreaterThanOrEqual(30);
  for (const [from, to] of [["丙\\.txt", "甲\\.txt"], ["甲\\.txt", "丙\\.txt"], ["丙\\.txt", "乙\\.txt"]] as const) {
    const unrelated = await peerShare(peers, from, to);
    expect(unrelated.share, `${from} in ${to}`).toBeLessThan(10);
    expect(unrelated.high).toBe(false);
  }

  const concrete: Record<string, number> = {};
  for (const name of ["甲.txt", "乙.txt", "丙.txt"]) {
    const panel = await openDraft(page, name);
    await expect(panel.locator(".signal"), `${name}: every signal but 年复一年`).toHaveCount(7);
    concrete[name] = Number((await panel.locator('[data-signal="concrete"] .signal-value').textContent())?.replace("%", ""));
    // Every evidence link leads to an item of the 逐条对照 list on this page.
    for (const href of await panel.locator(".signal a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      expect(href, name).toMatch(/^#item-/);
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    }
  }
  expect(concrete["甲.txt"], "the draft with facts is more concrete").toBeGreaterThan(concrete["丙.txt"] as number);
  expect(concrete["丙.txt"]).toBe(0);

  // 乙's wording found in 甲, item by item, each linked to 乙's item.
  await openDraft(page, "乙.txt");
  const shared = page.getByRole("region", { name: "与本批其他草稿的相同文字" });
  await expect(shared.getByText(/^甲\.txt：本份 [\d.]+% 见于该份（4 条）/)).toBeVisible();
  const evidence = shared.getByRole("link").first();
  await evidence.click();
  await expect(page.locator(".check-item:target")).toHaveCount(1);

  expectStaticGets(requests, site);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载本批 CSV" }).click();
  const lines = readFileSync(await (await download).path(), "utf8").split("\r\n").filter(Boolean);
  expect(lines, "a header and one row per draft").toHaveLength(4);
  expect(lines[1]).toMatch(/^甲\.txt,/);
  expect(lines[2]).toContain("甲.txt");
});

test("a pasted draft shows its 审读 panel, its evidence linked to its items", async ({ guarded: page }) => {
  await page.goto("check/");
  await page.getByRole("textbox", { name: "草稿" }).fill(withFacts);
  await page.getByRole("button", { name: "查重", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /查重完成|没有完成/ })).toHaveText(/查重完成/);
  const panel = page.getByRole("region", { name: "查重结果" }).getByRole("region", { name: "审读" });
  await expect(panel.locator(".signal")).toHaveCount(7);
  await expect(panel.locator('[data-signal="concrete"] .signal-value')).toHaveText("100.0%");
  await expect(page.getByRole("table", { name: /本批草稿/ })).toBeHidden();
  await panel.getByText(/有具体事实的问题条目/).click();
  const link = panel.locator('[data-signal="concrete"] a').first();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
});

test("at the limits: a file over 20 MB and unreadable files get their own message while the others are checked; more than 100 files are refused", async ({ guarded: page }) => {
  // On disk, so that the 21 MB file is handed to the browser by its path rather than sent over the wire.
  const dir = join(import.meta.dirname, "..", ".tmp", "check-batch");
  mkdirSync(dir, { recursive: true });
  const files: [string, string | Buffer][] = [
    ["甲.txt", withFacts],
    ["过大.txt", Buffer.alloc(21 * 2 ** 20, 0x41)],
    ["扫描件.pdf", "%PDF-1.4\n"],
    ["图片.txt", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 32))],
    ["丙.txt", vague],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  await page.goto("check/");
  await upload(page, files.map(([name]) => join(dir, name)));
  const status = page.getByRole("status").first();
  await expect(status).toHaveText(/本批 5 份查完：2 份完成，3 份无法查重/);
  const table = page.getByRole("table", { name: /本批草稿/ });
  await expect(table.getByRole("row", { name: /过大\.txt/ })).toContainText(/超过 20 MB/);
  await expect(table.getByRole("row", { name: /扫描件\.pdf/ })).toContainText(/PDF/);
  await expect(table.getByRole("row", { name: /图片\.txt/ })).toContainText(/无法查重/);
  await expect(table.getByRole("button", { name: "丙.txt" })).toBeVisible();
  await expect(page.getByRole("table", { name: /两两对照/ }).getByRole("cell", { name: /^甲\.txt 的 / })).toHaveCount(1);

  await upload(page, Array.from({ length: 101 }, (_, i) => file(`草稿${i + 1}.txt`, "对照检查")));
  await expect(status).toHaveText(/101 份文件，超过 100 份：请分批，每批不超过 100 份/);
  await upload(page, [file("甲.txt", withFacts), file("丙.txt", vague)]);
  await expect(status).toHaveText(/本批 2 份查完：2 份完成/);
});
