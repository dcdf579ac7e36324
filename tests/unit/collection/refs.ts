// Passages to collect in the collection tests, written for them.
import type { ExcerptRef } from "../../../src/schemas/collection.ts";

export function ref(passageId: string, over: Partial<ExcerptRef> = {}): ExcerptRef {
  return {
    reportId: "r1",
    passageId,
    url: `reports/r1/#${passageId}`,
    reportTitle: "某局班子对照检查材料",
    section: "problem",
    aspectHeading: "在理论学习方面",
    aspectTopic: "theory-study",
    headline: "学得不够深。",
    text: `学得不够深。第${passageId}条的正文。`,
    ...over,
  };
}
