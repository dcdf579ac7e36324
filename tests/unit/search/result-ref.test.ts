import { describe, expect, it } from "vitest";
import { resultRef } from "../../../src/search/result-ref.ts";

const meta = {
  report_id: "r1",
  passage_id: "a2-1",
  path: "reports/r1/#a2-1",
  report_title: "某局对照检查材料",
  section: "problem",
  aspect_heading: "在作风方面",
  aspect_topic: "work-style",
  headline: "调研不实。",
  text: "调研不实。很少下基层。",
};

describe("resultRef", () => {
  it("reads what the 摘录 button hands over from a search record's meta", () => {
    expect(resultRef(meta)).toEqual({
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

  it("gives nothing for a record without the passage's ids or with an unknown section", () => {
    expect(resultRef({ ...meta, report_id: undefined })).toBeNull();
    expect(resultRef({ ...meta, section: "appendix" })).toBeNull();
  });
});
