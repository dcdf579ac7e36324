import { describe, expect, it } from "vitest";
import { caseWords, factsIn } from "../../../src/review/concrete.ts";
import { wordsOf } from "../../../src/review/words.ts";

describe("factsIn", () => {
  it("finds dates, named documents, redacted names and examples", () => {
    expect(factsIn("去年汛期，学习《中国共产党纪律处分条例》不深，比如在xx村的项目中没有跟进")).toEqual(["去年", "汛期", "《中国共产党纪律处分条例》", "xx", "比如"]);
    expect(factsIn("以招商引资工作为例，有一次在某公司调研时流于形式")).toEqual(["某公司", "以招商引资工作为例", "有一次"]);
    // A bare 如： often restates in general terms: not an instance by itself.
    expect(factsIn("指导实践不够，如：运用党的创新理论解决问题的办法不多")).toEqual([]);
    expect(factsIn("比如：督办不力")).toEqual(["比如"]);
    expect(factsIn("一季度安全检查走过场，上个月又出现同类隐患")).toEqual(["一季度", "上个月"]);
  });
  it("finds nothing in a general item", () => {
    expect(factsIn("理论学习不够深入。对习近平新时代中国特色社会主义思想学得不深不透，做到两个维护还有差距，学用结合不紧。")).toEqual([]);
  });
});

describe("caseWords", () => {
  it("recognises a typical-case analysis", () => {
    expect(wordsOf("结合典型案例剖析，以案促改", caseWords)).toEqual(["典型案例", "以案促改"]);
  });
});
