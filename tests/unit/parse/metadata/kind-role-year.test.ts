// Team or personal, roles as written and their classes, and years read from the year's template.
// The example texts are short sentences of our own in the genre's wording.
import { describe, expect, it } from "vitest";
import { inferMetadata, roleGroupOf, type MetadataInput } from "../../../../src/parse/metadata/infer-metadata.ts";

const infer = (over: Partial<MetadataInput>) => inferMetadata({ title: null, preamble: "", text: "", fileName: "a.txt", ...over });
/** A report of one lead-in paragraph and one body paragraph. */
const body = (preamble: string, rest = "") => infer({ preamble, text: `${preamble}\n${rest}` });

describe("kind", () => {
  it.each([
    ["某镇党委领导班子2024年度民主生活会对照检查材料", "team", "党委领导班子"],
    ["县委常委班子专题民主生活会对照检查材料", "team", "常委班子"],
    ["市人大常委会党组民主生活会对照检查材料", "team", "党组"],
    ["某局党组书记代表党组所作的对照检查", "team", "党组"],
    ["第三党支部班子组织生活会对照检查材料", "team", "党支部"],
    ["党委书记在领导班子民主生活会上的发言提纲", "personal", "党委书记"],
    ["区委常委、宣传部长个人对照检查材料", "personal", "区委常委"],
    ["领导班子成员对照检查材料", "personal", "领导班子成员"],
  ])("reads %s from the title", (title, kind, role) => {
    const result = infer({ title });
    expect(result).toMatchObject({ kind, role, roleGroup: kind === "team" ? "领导班子" : expect.any(String) });
    expect(result.evidence.find((e) => e.field === "kind")?.from).toBe("title");
  });

  it("reads a team from the file name", () => {
    expect(infer({ fileName: "某局领导班子对照检查.docx" })).toMatchObject({ kind: "team", role: "领导班子", roleGroup: "领导班子" });
  });

  it("hears a team in 我们 and 班子, and counts it in the evidence", () => {
    const result = body("会前，领导班子认真学习，广泛征求意见。现将班子对照检查情况报告如下。", "我们在抓落实上有差距，部分班子成员满足于完成分管工作。");
    expect(result).toMatchObject({ kind: "team", role: "领导班子", roleGroup: "领导班子" });
    expect(result.evidence).toContainEqual({ field: "kind", from: "text", match: "我、本人、作为… 0 处；我们、班子、党组 8 处" });
  });

  it("hears one person in 我 and 本人, whatever 我们党 and 班子成员 say", () => {
    const result = body("会前本人认真学习，与班子成员逐一谈心。", "我对我们党的历史学得不深，我在工作中有畏难情绪。");
    expect(result.kind).toBe("personal");
    expect(result.evidence).toContainEqual({ field: "kind", from: "text", match: "我、本人、作为… 5 处；我们、班子、党组 0 处" });
  });

  it("hears a team in a 支委会 or 党组 that speaks", () => {
    expect(body("根据上级党委的部署，支部委员会认真学习研讨，现报告如下。", "支委会对党建工作重视不够。").kind).toBe("team");
    expect(body("局党组认真学习，广泛征求意见。", "党组对意识形态工作研究不多。").kind).toBe("team");
    expect(body("作为党组成员，我认真学习。", "我对分管工作抓得不实。").kind).toBe("personal");
  });

  it("takes a report with no voice at all for a personal one, saying so", () => {
    expect(infer({ text: "学习不够深入。" }).evidence).toContainEqual({ field: "kind", from: "default", match: "无“我”“我们”“班子”等称谓" });
  });

  it("follows a kind a person gave, reading the role for it", () => {
    const team = infer({ kind: "team", text: "作为镇长，我……" });
    expect(team).toMatchObject({ kind: "team", role: "领导班子", roleGroup: "领导班子" });
    expect(team.evidence.some((e) => e.field === "kind")).toBe(false);
    expect(infer({ kind: "personal", title: "某局领导班子对照检查材料", text: "作为副局长，我……" })).toMatchObject({ kind: "personal", role: "副局长" });
  });
});

describe("role", () => {
  it.each([
    ["作为镇党委书记，", "镇党委书记", "主要负责人"],
    ["担任村党支部书记以来，", "村党支部书记", "主要负责人"],
    ["作为镇长，", "镇长", "主要负责人"],
    ["身为校长，", "校长", "主要负责人"],
    ["作为分管城建工作的副局长，对分管领域", "副局长", "班子成员"],
    ["作为镇党委副书记，", "镇党委副书记", "班子成员"],
    ["作为县纪委书记，", "县纪委书记", "班子成员"],
    ["作为支部组织委员，", "组织委员", "班子成员"],
    ["作为宣传委员，", "宣传委员", "班子成员"],
    ["作为科长，", "科长", "中层和党务干部"],
    ["作为一名党务干部，", "党务干部", "中层和党务干部"],
    ["作为一名人民教师，", "教师", "普通党员干部"],
    ["作为一名基层民警，", "民警", "普通党员干部"],
    ["身为政协委员，", "政协委员", "普通党员干部"],
    ["作为一级主任科员，", "一级主任科员", "普通党员干部"],
  ])("reads %s as %s (%s)", (text, role, roleGroup) => {
    expect(infer({ text })).toMatchObject({ kind: "personal", role, roleGroup });
  });

  it("prefers a post to 党员 or 干部, which nearly every author is", () => {
    expect(infer({ text: "作为一名党员，要求自己。作为一名党员，我……作为分管领导，我……" })).toMatchObject({ role: "分管领导", roleGroup: "班子成员" });
    expect(infer({ text: "作为一名党员领导干部，" })).toMatchObject({ role: "党员领导干部", roleGroup: "普通党员干部" });
  });

  it("lets the title outweigh what the body claims", () => {
    expect(infer({ title: "某区副区长对照检查材料", text: "作为一名党员，作为党员干部，" })).toMatchObject({ role: "副区长", roleGroup: "班子成员" });
  });

  it("takes no role from 总书记, 担当作为 or roles of others", () => {
    expect(infer({ text: "习近平总书记指出，要敢于担当作为书记的表率。向局长汇报。" }).role).toBeNull();
  });

  it("classes a role a person wrote, and a team's", () => {
    expect(roleGroupOf("县教育局党组书记", "personal")).toBe("主要负责人");
    expect(roleGroupOf("副主任", "personal")).toBe("班子成员");
    expect(roleGroupOf("团委干事", "personal")).toBeNull();
    expect(roleGroupOf(null, "personal")).toBeNull();
    expect(roleGroupOf("局党组", "team")).toBe("领导班子");
  });
});

describe("year from the template", () => {
  it.each([
    ["深入开展党的群众路线教育实践活动，聚焦形式主义、官僚主义、享乐主义和奢靡之风。", 2014],
    ["围绕“三严三实”，在严以修身、严以用权方面查摆问题。", 2015],
    ["结合“两学一做”学习教育，对照做合格党员的标准。", 2016],
    ["按照“不忘初心、牢记使命”主题教育专题民主生活会的要求。", 2019],
    ["第二党支部“不忘初心、牢记使命”专题组织生活会，按照第二批主题教育的部署召开。", 2019],
    ["按照主题教育专题民主生活会的要求。", 2023],
    ["围绕党史学习教育，对照“五个带头”，带头深刻感悟“两个确立”的决定性意义。", 2021],
    ["对照“六个带头”，带头深刻领悟“两个确立”的决定性意义，学习党的二十大精神。", 2022],
    ["按照学习贯彻习近平新时代中国特色社会主义思想主题教育的要求，以学铸魂、以学增智。", 2023],
    ["结合党纪学习教育，对照“四个带头”，在带头增强党性、严守纪律、砥砺作风方面。", 2024],
    ["围绕深入贯彻中央八项规定精神学习教育，对照“五个带头”，在带头强化政治忠诚、提高政治能力方面。", 2025],
  ])("reads %s as %i", (text, year) => {
    expect(infer({ text }).year).toBe(year);
  });

  it("marks the year as inferred from the template, with the words", () => {
    expect(infer({ text: "对照“六个带头”，学习党的二十大精神。" }).evidence).toContainEqual({ field: "year", from: "template", match: "六个带头、党的二十大" });
  });

  it("takes 20** and 202X for placeholders, not years", () => {
    const result = infer({ preamble: "按照召开20**年度民主生活会的通知，202X年，结合党纪学习教育。" });
    expect(result.year).toBe(2024);
    expect(result.evidence).toContainEqual({ field: "year", from: "template", match: "党纪学习教育" });
  });

  it("prefers a year the text names", () => {
    expect(infer({ preamble: "按照召开2023年度民主生活会的通知，巩固党纪学习教育成果。" }).year).toBe(2023);
  });

  it("gives a tie to the later year, as a text cites only what has happened", () => {
    expect(infer({ text: "在带头强化政治忠诚、提高政治能力方面。" }).year).toBe(2025);
  });

  it("leaves the year unknown where no template is followed", () => {
    expect(infer({ text: "学习不够深入。" }).year).toBeNull();
  });
});
