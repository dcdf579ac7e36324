import { Packer } from "docx";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { outlineDocument } from "../../../src/collection/docx-document.ts";
import type { Outline } from "../../../src/collection/outline.ts";

const outline: Outline = {
  title: "某局2023年度民主生活会个人对照检查材料",
  sections: [
    { heading: "", groups: [{ heading: "", paragraphs: [{ text: "按照通知要求，现将情况汇报如下。", numbered: false }] }] },
    {
      heading: "存在的主要问题",
      groups: [
        { heading: "在理论学习方面", paragraphs: [{ text: "学得不够深。", numbered: true }, { text: "用得不够活。", numbered: true }] },
        { heading: "在工作作风方面", paragraphs: [{ text: "调研不够实。", numbered: true }] },
      ],
    },
    { heading: "原因分析", groups: [{ heading: "", paragraphs: [{ text: "理想信念有所松懈。", numbered: true }] }] },
  ],
  sources: [{ title: "某局班子对照检查材料", url: "http://intranet/reports/r1/" }],
};

async function html(o: Outline): Promise<string> {
  const buffer = await Packer.toBuffer(outlineDocument(o));
  // Word's Title style shown as a class, so the test sees the title is one.
  return (await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => p.title:fresh"] })).value;
}

describe("outlineDocument", () => {
  it("writes the title in Word's Title style, headings as Heading 1 and 2, points as numbered lists that start again under each heading", async () => {
    expect(await html(outline)).toBe(
      [
        '<p class="title">某局2023年度民主生活会个人对照检查材料</p>',
        "<p>按照通知要求，现将情况汇报如下。</p>",
        "<h1>一、存在的主要问题</h1>",
        "<h2>（一）在理论学习方面</h2>",
        "<ol><li>学得不够深。</li><li>用得不够活。</li></ol>",
        "<h2>（二）在工作作风方面</h2>",
        "<ol><li>调研不够实。</li></ol>",
        "<h1>二、原因分析</h1>",
        "<ol><li>理想信念有所松懈。</li></ol>",
        "<h1>材料来源</h1>",
        "<ol><li>某局班子对照检查材料 http://intranet/reports/r1/</li></ol>",
      ].join(""),
    );
  });
});
