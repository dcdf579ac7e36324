import { describe, expect, it } from "vitest";
import { reportTextProblem } from "../../../src/parse/check-report-text.ts";

describe("reportTextProblem", () => {
  it("accepts a report-length Chinese text", () => {
    expect(reportTextProblem("按照要求，现将对照检查情况汇报如下。".repeat(10))).toBeNull();
  });

  it.each([
    ["", /没有文字/],
    [" \r\n\u3000\n", /没有文字/],
    ["hello", /没有中文/],
    ["Lorem ipsum dolor sit amet, 2021.", /没有中文/],
    ["一、存在的问题\n学习不够。", /只有 \d+ 个汉字，太短/],
  ])("names what is wrong with %j", (text, message) => {
    expect(reportTextProblem(text)).toMatch(message);
  });
});
