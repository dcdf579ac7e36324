import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { plain } from "../../../../src/parse/normalize/remark-normalize.ts";
import { remarkStripFurniture } from "../../../../src/parse/normalize/remark-strip-furniture.ts";
import { textParse } from "../../../../src/parse/normalize/text-parse.ts";
import { repoRoot } from "../../helpers.ts";

/** The lines left after stripping, and the notes made. */
async function strip(text: string): Promise<{ lines: string[]; notes: string[] }> {
  const processor = unified().use(textParse).use(remarkStripFurniture);
  const file = new VFile({ value: text });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { lines: tree.children.map((n) => plain(n as Paragraph)), notes: file.messages.map((m) => m.reason) };
}

// A small report of our own, to wrap furniture around.
const title = "城关镇党委书记2023年度民主生活会个人对照检查材料";
const body = [
  "按照县委要求，本人认真学习，广泛征求意见，现将对照检查情况报告如下。",
  "一、存在的问题",
  "（一）理论学习方面",
  "一是学习不够系统。满足于读原文、记笔记，联系实际思考不够。",
  "（二）担当作为方面",
  "二是攻坚劲头不足。面对征迁难题习惯等上级拿意见。",
  "二、原因分析",
  "理想信念有所放松，改造主观世界不够自觉。",
  "三、整改措施",
  "坚持每周集中学习半天，带头领办难题。",
  "以上是我的对照检查，请同志们批评指正。",
];
const report = [title, ...body];

describe("remarkStripFurniture: lines of page furniture", () => {
  it.each([
    ["breadcrumb", "当前位置：首页 > 范文大全 > 对照检查材料", "导航"],
    ["breadcrumb without a label", "首页>>心得体会", "导航"],
    ["site menu", "首页 | 范文大全 | 心得体会", "导航"],
    ["truncation notice", "（未完，全文共785字，当前显示244字）", "截断提示（原文不全）"],
    ["update time", "更新时间：2023-05-12", "更新时间"],
    ["author", "作者：佚名", "作者"],
    ["source", "来源：某某范文网", "来源"],
    ["view count", "浏览量：1024", "浏览量"],
    ["reads", "阅读：123次", "阅读"],
    ["clicks", "点击：365", "点击"],
    ["publication time", "发布时间：2023-05-12 08:30", "发布时间"],
    ["font size", "字号：大 中 小", "字号"],
    ["meta fields on one line", "发布时间：2023-05-12　作者：网友投稿　来源：本站　浏览：88次", "作者"],
    ["word count", "本文共计2345字", "字数"],
    ["download prompt", "下载本文", "下载本文"],
    ["buttons", "分享 | 加入收藏 | 打印 | 关闭", "分享"],
    ["login bar", "登录 | 注册 | 会员中心", "登录"],
    ["welcome", "某某范文网，欢迎您！", "欢迎语"],
    ["writing note", "【写作参考】这是一篇乡镇党委书记的对照检查材料，分问题、原因、措施三部分，可修改使用。", "写作参考"],
    ["editor's blurb", "以下是小编整理的对照检查材料，供大家参考！", "编辑导语"],
    ["body prompt", "（以下为正文）", "正文提示"],
    ["next page links", "上一篇：党支部书记述职报告　下一篇：组织生活会发言提纲", "上一篇、下一篇"],
    ["copyright", "本文由用户上传，如有侵权请联系删除。", "版权声明"],
    ["traditional meta line", "發佈時間：2023-05-12　瀏覽次數：", "发布时间"],
  ])("removes a %s line", async (_, line, sort) => {
    const { lines, notes } = await strip([line, ...report].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual([expect.stringMatching(new RegExp(`^删去了网页附带的内容 1 行（.*${sort}.*）。$`, "u"))]);
  });

  it("names every kind it removed in one note", async () => {
    const page = ["当前位置：首页 > 范文大全", "更新时间：2023-05-12　作者：网友　浏览量：35", title, ...body, "字号：大 中 小"];
    const { lines, notes } = await strip(page.join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了网页附带的内容 3 行（导航、更新时间、作者、浏览量、字号）。"]);
  });

  it("removes the recommendations after the report, to the end", async () => {
    const tail = ["相关推荐：", "党支部书记2023年度组织生活会对照检查材料", "班子成员主题教育专题民主生活会发言提纲", "上一篇：某局对照检查材料"];
    const { lines, notes } = await strip([...report, ...tail].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了网页附带的内容 4 行（相关推荐、上一篇、下一篇）。"]);
  });

  it("keeps what follows a recommendations label when it is text, dropping only the bare label", async () => {
    const { lines } = await strip([...report.slice(0, 5), "相关推荐", ...report.slice(5)].join("\n"));
    expect(lines).toEqual(report);
  });

  it("removes a page title set above the report's title", async () => {
    const page = ["某某镇对照检查材料（第1/3页）", "发布时间：2024-01-02", title, ...body];
    const { lines, notes } = await strip(page.join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了网页附带的内容 2 行（网页标题、发布时间）。"]);
  });
});

describe("remarkStripFurniture: what stays", () => {
  it("leaves the five shipped reports as they are", async () => {
    const dir = join(repoRoot, "content", "sources");
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(dir, name), "utf8");
      const { lines, notes } = await strip(text);
      expect(lines, name).toEqual(text.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== ""));
      expect(notes, name).toEqual([]);
    }
  });

  it("keeps prose that mentions 作者, 来源, 目录, 时间 or 浏览", async () => {
    const prose = [
      title,
      "作者：本人在调研中发现，群众意见主要来源于征迁安置。",
      "来源：群众反映的问题集中在办事效率方面，我作为第一责任人负有直接责任。",
      "对照《权责清单目录》逐项检查，发现审批时间偏长。",
      "目录管理不规范",
      "浏览文件多、深入基层少，来源于基层的意见听得不够。",
      "更多地关注群众急难愁盼问题，请大家监督。",
      ...body,
    ];
    const { lines, notes } = await strip(prose.join("\n"));
    expect(lines).toEqual(prose);
    expect(notes).toEqual([]);
  });

  it("keeps a report that opens on its own headings with no table of contents", async () => {
    const bare = ["一、存在的问题", "（一）理论学习方面", "（二）担当作为方面", "学习不够系统，攻坚劲头不足。", "二、原因分析", "理想信念有所放松。"];
    expect((await strip(bare.join("\n"))).lines).toEqual(bare);
  });

  it("keeps labels when the file holds several reports", async () => {
    const two = ["篇一", ...report, "篇二", ...report];
    expect((await strip(two.join("\n"))).lines).toEqual(two);
  });
});

describe("remarkStripFurniture: a lone 篇一 label", () => {
  it.each(["篇一", "第一篇", "范文一", "【篇一】"])("removes %s when the file holds one report", async (label) => {
    const { lines, notes } = await strip([label, ...report].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual([`删去了“${label}”标签：文件中只有这一篇材料。`]);
  });

  it("keeps the title written after it", async () => {
    const { lines } = await strip([`篇一：${title}`, ...body].join("\n"));
    expect(lines).toEqual(report);
  });
});

describe("remarkStripFurniture: a table of contents", () => {
  const toc = ["一、存在的问题", "（一）理论学习方面", "（二）担当作为方面", "二、原因分析", "三、整改措施"];

  it("removes a 目录 block before the title and keeps the real headings", async () => {
    const { lines, notes } = await strip(["目　录", ...toc, ...report].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了开头的目录（6 行）。"]);
  });

  it("removes entries with dot leaders and page numbers", async () => {
    const paged = ["本文目录", "一、存在的问题……1", "二、原因分析……2", "三、整改措施 3"];
    const { lines, notes } = await strip([...paged, ...report].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了开头的目录（4 行）。"]);
  });

  it("removes a table of contents without a heading when its entries come again in order", async () => {
    const { lines, notes } = await strip([...toc, ...report].join("\n"));
    expect(lines).toEqual(report);
    expect(notes).toEqual(["删去了开头的目录（5 行）。"]);
  });

  it("finds an entry again in a heading run on into its text", async () => {
    const runOn = [title, body[0], "一、存在的问题", "（一）理论学习方面。学习不够系统，联系实际不够。", "（二）担当作为方面。攻坚劲头不足。", ...body.slice(6)];
    const { lines } = await strip([...toc, ...runOn].join("\n"));
    expect(lines).toEqual(runOn);
  });

  it("keeps short heading lines that are not listed again", async () => {
    const lines = ["学习情况", "工作情况", "思想情况", ...report];
    expect((await strip(lines.join("\n"))).lines).toEqual(lines);
  });
});

describe("remarkStripFurniture: site names inside the text", () => {
  it.each([
    ["一是学习不够系统(中华励志网)，联系实际思考不够。", "一是学习不够系统，联系实际思考不够。"],
    ["一是学习不够系统。（本文来自某某范文网）联系实际思考不够。", "一是学习不够系统。联系实际思考不够。"],
    ["一是学习不够系统，联系 www.xxxx.com 实际思考不够。", "一是学习不够系统，联系实际思考不够。"],
    ["理想信念有所放松。更多精彩内容请访问某某范文网。改造主观世界不够自觉。", "理想信念有所放松。改造主观世界不够自觉。"],
    ["理想信念有所放松。(本文来源：公文范文网)", "理想信念有所放松。"],
    ["理想信念有所放松。【xx文库】", "理想信念有所放松。"],
  ])("%s", async (line, cleaned) => {
    const { lines, notes } = await strip([...report, line].join("\n"));
    expect(lines).toEqual([...report, cleaned]);
    expect(notes).toEqual([expect.stringMatching(/^删去了文中夹带的网站名、网址 1 处（如“.+”）。$/u)]);
  });

  it("drops a line that held nothing but an ad", async () => {
    const { lines } = await strip([...report, "更多精彩内容请访问 www.xxxx.com"].join("\n"));
    expect(lines).toEqual(report);
  });

  it("keeps brackets that name no site", async () => {
    const kept = ["依托国家电网（国网）开展共建。", "数据显示（来源：统计年鉴）增幅回落。", "在政务网（互联网）公开。", "材料里写着[link](http://evil.example)这样的格式。"];
    expect((await strip([...report, ...kept].join("\n"))).lines).toEqual([...report, ...kept]);
  });
});
