import { describe, expect, it } from "vitest";
import { excerptRef } from "../../../src/lib/excerpt-ref.ts";

const report = {
  title: null,
  unit: "某局",
  role: "局长",
  meeting: "民主生活会",
  year: 2023,
  sections: [
    { kind: "problem" as const, heading: "一、存在的问题", intro: "", aspects: [{ n: 1, heading: "在学习方面", intro: "", topic: "theory-study" }, { n: 2, heading: "在作风方面", intro: "", topic: "work-style" }] },
  ],
};

describe("excerptRef", () => {
  it("names a problem passage's aspect by heading and topic, its report by the title the site shows, its place by the report page's anchor", () => {
    expect(excerptRef("r1", report, { id: "a2-1", section: "problem", aspect: 2, headline: "调研不实。", text: "调研不实。很少下基层。" })).toEqual({
      reportId: "r1",
      passageId: "a2-1",
      url: "reports/r1/#a2-1",
      reportTitle: "2023年度某局局长民主生活会对照检查材料",
      section: "problem",
      aspectHeading: "在作风方面",
      aspectTopic: "work-style",
      headline: "调研不实。",
      text: "调研不实。很少下基层。",
    });
  });

  it("gives a passage outside the problems no aspect", () => {
    expect(excerptRef("r1", report, { id: "cause-1", section: "cause", aspect: 0, headline: "", text: "放松了要求。" })).toMatchObject({ aspectHeading: "", aspectTopic: "" });
  });
});
