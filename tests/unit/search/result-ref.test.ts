import { describe, expect, it } from "vitest";
import type { SearchRecord } from "../../../src/search/report-record.ts";
import { resultRef } from "../../../src/search/result-ref.ts";

const passage = { id: "a2-1", section: "problem", aspect: 2, headline: "调研不实。", text: "调研不实。很少下基层。", themes: ["investigation"] };
const record: SearchRecord = {
  reportId: "r1",
  url: "reports/r1/",
  title: "某局对照检查材料",
  unit: "",
  role: "",
  passages: [passage],
  aspects: [{ n: 2, heading: "在作风方面", topic: "work-style" }],
};

describe("resultRef", () => {
  it("reads what the 摘录 button hands over from a report's search record", () => {
    expect(resultRef(record, passage)).toEqual({
      reportId: "r1",
      passageId: "a2-1",
      url: "reports/r1/#a2-1",
      reportTitle: "某局对照检查材料",
      section: "problem",
      aspectHeading: "在作风方面",
      aspectTopic: "work-style",
      headline: "调研不实。",
      text: "调研不实。很少下基层。",
    });
  });

  it("names no aspect outside the problems", () => {
    expect(resultRef(record, { ...passage, section: "cause" })).toMatchObject({ aspectHeading: "", aspectTopic: "" });
  });

  it("gives nothing for an unknown section", () => {
    expect(resultRef(record, { ...passage, section: "appendix" })).toBeNull();
  });
});
