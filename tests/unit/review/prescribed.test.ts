import { describe, expect, it } from "vitest";
import { coverage, listKey, meetingKind } from "../../../src/review/prescribed.ts";
import type { PrescribedList } from "../../../src/schemas/prescribed.ts";

const list: PrescribedList = {
  year: 2023,
  meeting: "民主生活会",
  theme: "主题教育专题民主生活会",
  source: { notice: "测试用通知", issued: "2023-12", seen: ["https://example.invalid/"] },
  caseAnalysis: false,
  aspects: [
    { name: "理论学习", keywords: ["理论学习", "学懂弄通"] },
    { name: "能力本领", keywords: ["能力本领", "本领恐慌"] },
    { name: "廉洁自律", keywords: ["廉洁"] },
  ],
};

describe("coverage", () => {
  it("looks at aspect headings first, then items, and lists what is missing", () => {
    const c = coverage(list, {
      aspects: [{ n: 1, heading: "在理论学习方面" }],
      items: [{ id: "a1-1", aspect: 1, text: "学懂弄通不够" }, { id: "a2-1", aspect: 2, text: "面对新任务有本领恐慌" }],
    });
    expect(c.covered).toEqual(["理论学习", "能力本领"]);
    expect(c.missing).toEqual(["廉洁自律"]);
    expect(c.evidence).toEqual([
      { aspect: "理论学习", passage: "a1", where: "heading", words: ["理论学习"] },
      { aspect: "能力本领", passage: "a2-1", where: "text", words: ["本领恐慌"] },
    ]);
  });
});

describe("coverage of an aspect cut out", () => {
  it("does not count the items under another prescribed aspect's heading", () => {
    const c = coverage(list, {
      aspects: [{ n: 1, heading: "在理论学习方面" }, { n: 2, heading: "在廉洁自律方面" }],
      // 本领恐慌 under the 理论学习 heading belongs to that aspect: 能力本领 was cut out.
      items: [{ id: "a1-1", aspect: 1, text: "学懂弄通不够，有本领恐慌" }, { id: "a2-1", aspect: 2, text: "廉洁意识淡化" }],
    });
    expect(c.missing).toEqual(["能力本领"]);
  });
});

describe("meetingKind and listKey", () => {
  it("reads the meeting a report names", () => {
    expect(meetingKind("党史学习教育专题民主生活会")).toBe("民主生活会");
    expect(meetingKind("组织生活会")).toBe("组织生活会");
    expect(meetingKind("述职述廉会")).toBeNull();
    expect(meetingKind(null)).toBeNull();
    expect(listKey(2021, "民主生活会")).toBe("2021-民主生活会");
  });
});
