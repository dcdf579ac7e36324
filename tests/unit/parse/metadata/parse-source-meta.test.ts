import { describe, expect, it } from "vitest";
import { parseSourceMeta } from "../../../../src/parse/metadata/parse-source-meta.ts";

describe("parseSourceMeta", () => {
  it("reads the fields a person sets", () => {
    const yaml = "title: 某某同志对照检查材料\nunit: 经开区\nrole: 党工委书记\nmeeting: 民主生活会\nyear: 2021";
    expect(parseSourceMeta(yaml)).toEqual({ title: "某某同志对照检查材料", unit: "经开区", role: "党工委书记", meeting: "民主生活会", year: 2021 });
  });

  it("reads kind and roleGroup", () => {
    expect(parseSourceMeta("kind: team\nroleGroup: 领导班子")).toEqual({ kind: "team", roleGroup: "领导班子" });
  });

  it("reads the author as written, a number code as its digits", () => {
    expect(parseSourceMeta("author: 教育局-张三")).toEqual({ author: "教育局-张三" });
    expect(parseSourceMeta("author: 1017")).toEqual({ author: "1017" });
  });

  it("takes null as “not known”, and an empty file as no overrides", () => {
    expect(parseSourceMeta("role: null\nunit: ~")).toEqual({ role: null, unit: null });
    expect(parseSourceMeta("")).toEqual({});
    expect(parseSourceMeta("# 只有注释")).toEqual({});
  });

  it.each([
    ["titel: x", /未知字段 titel（可用字段：title、unit、kind、role、roleGroup、meeting、author、year）/],
    ["kind: 班子", /kind 应为 personal 或 team/],
    ["roleGroup: 书记", /roleGroup 应为 主要负责人、班子成员/],
    ["year: 2021年", /year 应为四位数的年份/],
    ["year: 21", /year 应为四位数的年份/],
    ["unit: 3", /unit 应为一段文字/],
    ["- 经开区", /应为“字段: 值”的映射/],
    ["unit: [", /不是有效的 YAML/],
  ])("says what to fix in %j", (yaml, message) => {
    expect(() => parseSourceMeta(yaml)).toThrowError(message);
  });
});
