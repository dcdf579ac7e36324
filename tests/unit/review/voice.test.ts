import { describe, expect, it } from "vitest";
import { teamVoiceWords } from "../../../src/review/voice.ts";

describe("teamVoiceWords", () => {
  it("finds the team's we, but not the Party's or a saying's", () => {
    expect(teamVoiceWords("我们在落实上还有差距")).toEqual(["我们"]);
    expect(teamVoiceWords("我们党的历史告诉我们国家的发展，我们常说实干兴邦")).toEqual([]);
  });
  it("finds the team as a clause's subject where the item never says 我", () => {
    expect(teamVoiceWords("调研不深入，班子成员下基层次数少")).toEqual(["班子成员"]);
    expect(teamVoiceWords("在与班子成员交流时碍于情面")).toEqual([]);
    expect(teamVoiceWords("我对分管领域督促不够，班子成员下基层次数少")).toEqual([]);
    expect(teamVoiceWords("开展自我批评不够，领导班子研究不多")).toEqual(["领导班子"]);
  });
});
