import { describe, expect, it } from "vitest";
import { yearsLabel, type ShardInfo } from "../../../src/search/shard-list.ts";

const shard = (years: (number | null)[]): ShardInfo => ({ path: "", years, reports: 1 });

describe("yearsLabel", () => {
  it("names one year, or the span of several shards' years", () => {
    expect(yearsLabel([shard([2023])])).toBe("2023 年");
    expect(yearsLabel([shard([2023, 2022]), shard([2019, 2018])])).toBe("2018–2023 年");
  });

  it("names the reports of no known year, and nothing for no shard", () => {
    expect(yearsLabel([shard([2021]), shard([null])])).toBe("2021 年和年度不明");
    expect(yearsLabel([shard([null])])).toBe("年度不明");
    expect(yearsLabel([])).toBe("");
  });
});
