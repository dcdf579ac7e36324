import { describe, expect, it } from "vitest";
import { inferMetadata, type MetadataInput } from "../../../../src/parse/metadata/infer-metadata.ts";

const infer = (input: Partial<MetadataInput>) => {
  const { evidence, ...fields } = inferMetadata({ title: null, preamble: "", text: "", fileName: "a.txt", ...input });
  return { fields, evidence };
};

describe("inferMetadata", () => {
  it("reads unit, role, meeting and campaign year from 002's title", () => {
    const { fields, evidence } = infer({ title: "经开区党工委书记党史学习教育专题民主生活会对照检查材料" });
    expect(fields).toEqual({ kind: "personal", unit: "经开区", role: "党工委书记", roleGroup: "主要负责人", meeting: "民主生活会", year: 2021 });
    expect(evidence).toContainEqual({ field: "role", from: "title", match: "党工委书记" });
  });

  it("recognises a 组织生活会 and a branch member", () => {
    const text = "按照本次基层党组织组织生活会通知要求，作为一名普通党员，深入查找了问题。";
    expect(infer({ preamble: text, text }).fields).toEqual({
      kind: "personal",
      unit: "基层党支部",
      role: "普通党员",
      roleGroup: "普通党员干部",
      meeting: "组织生活会",
      year: null,
    });
  });

  it("takes the year from `2021年度…生活会` over later years in the text", () => {
    const { fields } = infer({ preamble: "按照区委关于召开2021年度专题民主生活会的通知要求", text: "2022年将继续努力" });
    expect(fields.year).toBe(2021);
  });

  it("falls back to the latest year named, then to the campaign", () => {
    expect(infer({ text: "2020年和2022年" }).fields.year).toBe(2022);
    expect(infer({ preamble: "召开主题教育专题民主生活会" }).fields.year).toBe(2023);
  });

  it("lets the file name outweigh mentions in the text", () => {
    expect(infer({ fileName: "2023年度组织生活会.txt", preamble: "本次民主生活会" }).fields.meeting).toBe("组织生活会");
  });

  it("leaves fields null where nothing is known", () => {
    expect(infer({ text: "认真学习，努力工作。" }).fields).toEqual({ kind: "personal", unit: null, role: null, roleGroup: null, meeting: null, year: null });
  });
});
