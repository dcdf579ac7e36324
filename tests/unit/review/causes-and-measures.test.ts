import { describe, expect, it } from "vitest";
import { excuseWords, rootsIn } from "../../../src/review/causes.ts";
import { checkableWords } from "../../../src/review/measures.ts";
import { wordsOf } from "../../../src/review/words.ts";

describe("rootsIn", () => {
  it("names each classic root a cause reaches, with its words", () => {
    expect(rootsIn("理想信念有所动摇，世界观改造放松，党性锻炼不够，纪律规矩意识淡化")).toEqual([
      { root: "理想信念", words: ["理想信念", "世界观"] },
      { root: "党性修养", words: ["党性"] },
      { root: "纪律规矩", words: ["纪律", "规矩"] },
    ]);
  });
  it("finds circumstances offered as causes", () => {
    expect(wordsOf("平时工作忙、任务重，学习时间少", excuseWords)).toEqual(["工作忙", "任务重"]);
  });
});

describe("checkableWords", () => {
  it("finds deadlines, frequencies and quantities", () => {
    expect(checkableWords("年底前完成整改，每季度至少开展2次专题学习")).toEqual(["2", "年底前", "每季度", "至少"]);
    expect(checkableWords("进一步加强理论学习，切实提高能力")).toEqual([]);
  });
});
