import { describe, expect, it } from "vitest";
import { inferMetadata, type MetadataInput } from "../../../../src/parse/metadata/infer-metadata.ts";

const input = (over: Partial<MetadataInput>): MetadataInput => ({ title: null, preamble: "", text: "", fileName: "a.txt", ...over });

describe("inferMetadata: unit and role patterns", () => {
  it.each([
    ["在园区工作中", "园区"],
    ["推动工业园建设", "园区"],
    ["经济技术开发区", "经开区"],
    ["作为区政府办公室主要负责同志", "区政府办公室"],
    ["镇政府各部门", "镇街"],
    ["作为委党组成员", "委办局"],
    ["支部委员会的要求", "基层党支部"],
  ])("reads the unit from %s", (text, unit) => {
    expect(inferMetadata(input({ text })).unit).toBe(unit);
  });

  it.each([
    ["作为党委（党组）书记", "党委（党组）书记", "主要负责人"],
    ["作为经开区党工委书记", "党工委书记", "主要负责人"],
    ["对分管领域的工作", "分管领导", "班子成员"],
    ["作为副区长", "副区长", "班子成员"],
    ["作为副书记", "副书记", "班子成员"],
    ["带领办公室全体人员", "办公室主任", "主要负责人"],
    ["作为一名普通党员", "普通党员", "普通党员干部"],
  ])("reads the role from %s", (text, role, roleGroup) => {
    expect(inferMetadata(input({ text }))).toMatchObject({ role, roleGroup });
  });

  it("lets the title and file name outweigh the body, and records the evidence", () => {
    const result = inferMetadata(input({ title: "经开区党工委书记对照检查材料", text: "园区 园区 园区" }));
    expect(result.unit).toBe("经开区");
    expect(result.evidence).toContainEqual({ field: "unit", from: "title", match: "经开区" });
  });

  it("reads the meeting and the reviewed year", () => {
    const result = inferMetadata(input({ preamble: "按照召开2021年度专题民主生活会的通知要求", text: "2022年1月" }));
    expect(result).toMatchObject({ meeting: "民主生活会", year: 2021 });
    expect(inferMetadata(input({ fileName: "2023年组织生活会对照检查.txt" })).meeting).toBe("组织生活会");
  });

  it("leaves unknown what the text does not say", () => {
    const { evidence, ...fields } = inferMetadata(input({ text: "认真学习。" }));
    expect(fields).toEqual({ kind: "personal", unit: null, role: null, roleGroup: null, meeting: null, year: null });
    expect(evidence).toEqual([{ field: "kind", from: "default", match: "无“我”“我们”“班子”等称谓" }]);
  });
});
