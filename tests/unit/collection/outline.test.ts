import { describe, expect, it } from "vitest";
import { addGroup, addNote, addPassage, editEntry, emptyCollection, setTitle } from "../../../src/collection/model.ts";
import { collectionHeadings, collectionOutline, numberedHeadings, unnumbered } from "../../../src/collection/outline.ts";
import { outlineText } from "../../../src/collection/render-text.ts";
import { ref } from "./refs.ts";

/** A collection of two aspects, a cause with two paragraphs, a note and an empty heading of the writer's. */
function sample() {
  let c = setTitle(emptyCollection(), "某局2023年度民主生活会个人对照检查材料");
  c = addPassage(c, ref("a1-1", { text: "学得不够深。只读原文不思考。" }));
  c = addPassage(c, ref("a2-1", { reportId: "r2", url: "reports/r2/#a2-1", reportTitle: "某镇班子对照检查材料", aspectHeading: "在工作作风方面", aspectTopic: "work-style", text: "调研不够实。" }));
  c = addPassage(c, ref("cause-1", { section: "cause", aspectHeading: "", aspectTopic: "", text: "理想信念有所松懈。\n放松了自我要求。" }));
  c = addNote(c, c.groups[0]?.id ?? "", "我自己补的一段。");
  c = addGroup(c, "problem", "在担当作为方面");
  return editEntry(c, "r1#a1-1", "学得不够深。改写后的文字。");
}

describe("collectionOutline", () => {
  it("puts the parts in the genre's order, each group's passages and notes as points, a passage's further paragraphs unnumbered", () => {
    const outline = collectionOutline(sample(), { sources: false, siteUrl: "http://intranet/corpus/" });
    expect(outline.sections).toEqual([
      {
        heading: "存在的主要问题",
        groups: [
          { heading: "在理论学习方面", paragraphs: [{ text: "学得不够深。改写后的文字。", numbered: true }, { text: "我自己补的一段。", numbered: true }] },
          { heading: "在工作作风方面", paragraphs: [{ text: "调研不够实。", numbered: true }] },
          { heading: "在担当作为方面", paragraphs: [] },
        ],
      },
      { heading: "原因分析", groups: [{ heading: "", paragraphs: [{ text: "理想信念有所松懈。", numbered: true }, { text: "放松了自我要求。", numbered: false }] }] },
    ]);
    expect(outline.sources).toEqual([]);
  });

  it("lists each source report once, in the order its passages come, at the site's address", () => {
    expect(collectionOutline(sample(), { sources: true, siteUrl: "http://intranet/corpus/" }).sources).toEqual([
      { title: "某局班子对照检查材料", url: "http://intranet/corpus/reports/r1/" },
      { title: "某镇班子对照检查材料", url: "http://intranet/corpus/reports/r2/" },
    ]);
  });

  it("leaves out parts and unheaded groups that hold nothing", () => {
    const c = addGroup(addGroup(emptyCollection(), "cause", ""), "measure", "");
    expect(collectionOutline(c, { sources: true, siteUrl: "" }).sections).toEqual([]);
  });
});

describe("numbering", () => {
  it("numbers headed sections 一、二、 and their subheadings （一）（二）, skipping unheaded ones", () => {
    const outline = {
      title: "",
      sources: [],
      sections: [
        { heading: "", groups: [{ heading: "", paragraphs: [] }] },
        { heading: "存在的主要问题", groups: [{ heading: "甲方面", paragraphs: [] }, { heading: "", paragraphs: [] }, { heading: "乙方面", paragraphs: [] }] },
        { heading: "原因分析", groups: [{ heading: "", paragraphs: [] }] },
      ],
    };
    expect(numberedHeadings(outline)).toEqual([
      { section: "", groups: [""] },
      { section: "一、存在的主要问题", groups: ["（一）甲方面", "", "（二）乙方面"] },
      { section: "二、原因分析", groups: [""] },
    ]);
  });

  it("gives the page the export's numbered headings by part and group", () => {
    const c = sample();
    const headings = collectionHeadings(c);
    expect(headings.get("problem")).toBe("一、存在的主要问题");
    expect(headings.get("cause")).toBe("二、原因分析");
    expect(c.groups.map((g) => headings.get(g.id))).toEqual(["（一）在理论学习方面", "（二）在工作作风方面", "（三）在担当作为方面", ""]);
  });

  it("takes a heading's own number off, since the outline numbers it", () => {
    expect(unnumbered("三、存在的主要问题")).toBe("存在的主要问题");
    expect(unnumbered("存在的主要问题")).toBe("存在的主要问题");
  });
});

describe("outlineText", () => {
  it("writes the title, numbered headings, points counted afresh under each heading, and the sources", () => {
    const text = outlineText(collectionOutline(sample(), { sources: true, siteUrl: "http://intranet/" }));
    expect(text).toBe(
      [
        "某局2023年度民主生活会个人对照检查材料",
        "",
        "一、存在的主要问题",
        "（一）在理论学习方面",
        "1. 学得不够深。改写后的文字。",
        "2. 我自己补的一段。",
        "（二）在工作作风方面",
        "1. 调研不够实。",
        "（三）在担当作为方面",
        "",
        "二、原因分析",
        "1. 理想信念有所松懈。",
        "放松了自我要求。",
        "",
        "材料来源",
        "1. 某局班子对照检查材料 http://intranet/reports/r1/",
        "2. 某镇班子对照检查材料 http://intranet/reports/r2/",
        "",
      ].join("\n"),
    );
  });
});
