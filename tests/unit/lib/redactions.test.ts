// Placeholders are kept through the pipeline and shown as redactions, never restored or dropped.
import { describe, expect, it } from "vitest";
import { splitRedactions } from "../../../src/lib/redactions.ts";
import { processText } from "../helpers.ts";

describe("splitRedactions", () => {
  it.each(["xx", "XX", "xxx", "××", "**", "***", "*", "____", "＿＿", "某某", "x", "X", "×"])("marks %s as a redaction", (placeholder) => {
    expect(splitRedactions(`到${placeholder}村走访`)).toEqual(["到", placeholder, "村走访"]);
  });

  it.each(["20**", "202X", "20XX", "20xx"])("marks the year %s as a redaction", (year) => {
    expect(splitRedactions(`${year}年度民主生活会`)).toEqual(["", year, "年度民主生活会"]);
  });

  it("marks a lone x standing for a number", () => {
    expect(splitRedactions("共走访x人，慰问X次")).toEqual(["共走访", "x", "人，慰问", "X", "次"]);
  });

  it("leaves Latin words, footnote stars, real years and ordinary words alone", () => {
    expect(splitRedactions("用Excel表统计，*注，2023年，某一天，PPT课件")).toEqual(["用Excel表统计，*注，2023年，某一天，PPT课件"]);
  });
});

describe("placeholders through the pipeline", () => {
  it("keep their characters in the passage text (the glossary restores stand-ins, not placeholders)", async () => {
    const text = ["一、存在的主要问题", "（一）作风方面", "1、调研不深入。一年来只去了XX县xx乡××村***家中慰问X次，某某同志反映的dangshi学习问题未及时回应。"].join("\n");
    const { report } = await processText(text, "a.txt");
    expect(report.passages.find((p) => p.id === "a1-1")?.text).toBe("调研不深入。一年来只去了XX县xx乡××村***家中慰问X次，某某同志反映的党史学习问题未及时回应。");
  });
});
