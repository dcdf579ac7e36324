import { describe, expect, it } from "vitest";
import { reportOutline } from "../../../src/collection/report-outline.ts";
import { outlineText } from "../../../src/collection/render-text.ts";
import type { Passage, Section } from "../../../src/schemas/report.ts";
import { passageOf } from "../support/passage.ts";

const passage = (id: string, section: Passage["section"], aspect: number, text: string, sectionHeading = ""): Passage => passageOf({ id, section, aspect, text, sectionHeading });
const section = (kind: Section["kind"], heading: string, aspects: string[] = [], intro = ""): Section => ({
  kind,
  heading,
  intro,
  aspects: aspects.map((h, i) => ({ n: i + 1, heading: h, intro: "", topic: "" })),
});

describe("reportOutline", () => {
  it("renumbers the report's own headings and points, keeping the preamble, lead-ins and closing as plain paragraphs", () => {
    const outline = reportOutline(
      {
        sections: [
          section("preamble", ""),
          section("problem", "三、存在的问题", ["在学习方面", "在作风方面"], "查摆如下。"),
          section("other", "四、个人有关事项"),
          section("cause", ""),
          section("closing", ""),
        ],
        passages: [
          passage("preamble-1", "preamble", 0, "按照要求作如下发言。"),
          passage("a1-1", "problem", 1, "学得不深。"),
          passage("a1-2", "problem", 1, "用得不活。\n还有一段。"),
          passage("a2-1", "problem", 2, "调研不实。"),
          passage("other-1", "other", 0, "没有需要报告的事项。", "四、个人有关事项"),
          passage("cause-1", "cause", 0, "放松了要求。"),
          passage("closing-1", "closing", 0, "请大家批评指正。"),
        ],
      },
      "某局对照检查材料",
      "/reports/r1/",
    );
    expect(outlineText(outline)).toBe(
      [
        "某局对照检查材料",
        "",
        "按照要求作如下发言。",
        "",
        "一、存在的问题",
        "查摆如下。",
        "（一）在学习方面",
        "1. 学得不深。",
        "2. 用得不活。",
        "还有一段。",
        "（二）在作风方面",
        "1. 调研不实。",
        "",
        "二、个人有关事项",
        "1. 没有需要报告的事项。",
        "",
        "三、原因",
        "1. 放松了要求。",
        "",
        "请大家批评指正。",
        "",
        "材料来源",
        "1. 某局对照检查材料 /reports/r1/",
        "",
      ].join("\n"),
    );
  });
});
