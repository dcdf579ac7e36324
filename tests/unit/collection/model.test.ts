import { describe, expect, it } from "vitest";
import {
  addGroup,
  addNote,
  addPassage,
  applyTemplate,
  editEntry,
  emptyCollection,
  hasPassage,
  moveEntry,
  moveGroup,
  moveToGroup,
  passageCount,
  removeEntry,
  removeGroup,
  renameGroup,
  togglePassage,
} from "../../../src/collection/model.ts";
import type { Collection } from "../../../src/schemas/collection.ts";
import { ref } from "./refs.ts";

/** Each group as `part:heading` with its entry ids: the shape the tests compare. */
function shape(c: Collection): [string, string[]][] {
  return c.groups.map((g) => [`${g.part}:${g.heading}`, g.entries.map((e) => e.id)]);
}

const cause = ref("cause-1", { section: "cause", aspectHeading: "", aspectTopic: "" });
const measure = ref("measure-1", { section: "measure", aspectHeading: "", aspectTopic: "" });
const review = ref("review-1", { section: "review", aspectHeading: "", aspectTopic: "" });
const style = ref("a2-1", { aspectHeading: "在工作作风方面", aspectTopic: "work-style" });

describe("adding and removing passages", () => {
  it("files passages as a report is: problems by aspect, then causes, measures, the review, whatever order they come in", () => {
    let c = emptyCollection();
    for (const r of [review, measure, cause, style, ref("a1-1"), ref("a1-2")]) c = addPassage(c, r);
    expect(shape(c)).toEqual([
      ["problem:在工作作风方面", ["r1#a2-1"]],
      ["problem:在理论学习方面", ["r1#a1-1", "r1#a1-2"]],
      ["cause:", ["r1#cause-1"]],
      ["measure:", ["r1#measure-1"]],
      ["review:", ["r1#review-1"]],
    ]);
    expect(passageCount(c)).toBe(6);
  });

  it("joins a problem passage to the group of its aspect's topic, though its report words the heading otherwise", () => {
    const other = ref("a3-1", { reportId: "r2", aspectHeading: "学习上下功夫不够", aspectTopic: "theory-study" });
    expect(shape(addPassage(addPassage(emptyCollection(), ref("a1-1")), other))).toEqual([["problem:在理论学习方面", ["r1#a1-1", "r2#a3-1"]]]);
  });

  it("joins by heading where the passage has no topic, and sends 开头 and 结尾 passages to 其他", () => {
    let c = addPassage(emptyCollection(), ref("a1-1"));
    c = addPassage(c, ref("a1-2", { aspectTopic: "", aspectHeading: "在理论学习方面。" }));
    c = addPassage(c, ref("closing-1", { section: "closing", aspectHeading: "", aspectTopic: "" }));
    expect(shape(c)).toEqual([
      ["problem:在理论学习方面", ["r1#a1-1", "r1#a1-2"]],
      ["other:", ["r1#closing-1"]],
    ]);
  });

  it("collects a passage once; toggling takes it out again, leaving its group", () => {
    const once = addPassage(emptyCollection(), ref("a1-1"));
    expect(addPassage(once, ref("a1-1"))).toBe(once);
    const out = togglePassage(once, ref("a1-1"));
    expect(hasPassage(out, "r1#a1-1")).toBe(false);
    expect(shape(out)).toEqual([["problem:在理论学习方面", []]]);
    expect(hasPassage(togglePassage(out, ref("a1-1")), "r1#a1-1")).toBe(true);
  });

  it("counts passages, not the writer's notes", () => {
    const c = addPassage(emptyCollection(), ref("a1-1"));
    expect(passageCount(addNote(c, c.groups[0]?.id ?? "", "我自己的话"))).toBe(1);
  });
});

describe("moving", () => {
  const start = [ref("a1-1"), ref("a1-2"), style, cause].reduce((c, r) => addPassage(c, r), emptyCollection());

  it("moves a passage up and down inside its group", () => {
    expect(shape(moveEntry(start, "r1#a1-2", -1))[0]).toEqual(["problem:在理论学习方面", ["r1#a1-2", "r1#a1-1"]]);
    expect(shape(moveEntry(start, "r1#a1-1", 1))[0]).toEqual(["problem:在理论学习方面", ["r1#a1-2", "r1#a1-1"]]);
  });

  it("crosses into the neighbouring group at a group's edge, and stops at the outline's ends", () => {
    expect(shape(moveEntry(start, "r1#a1-2", 1))).toEqual([
      ["problem:在理论学习方面", ["r1#a1-1"]],
      ["problem:在工作作风方面", ["r1#a1-2", "r1#a2-1"]],
      ["cause:", ["r1#cause-1"]],
    ]);
    expect(shape(moveEntry(start, "r1#a2-1", -1))[0]).toEqual(["problem:在理论学习方面", ["r1#a1-1", "r1#a1-2", "r1#a2-1"]]);
    expect(moveEntry(start, "r1#a1-1", -1)).toBe(start);
    expect(moveEntry(start, "r1#cause-1", 1)).toBe(start);
  });

  it("moves a passage to the end of another group", () => {
    const cg = start.groups[2]?.id ?? "";
    expect(shape(moveToGroup(start, "r1#a2-1", cg))).toEqual([
      ["problem:在理论学习方面", ["r1#a1-1", "r1#a1-2"]],
      ["problem:在工作作风方面", []],
      ["cause:", ["r1#cause-1", "r1#a2-1"]],
    ]);
  });

  it("moves a group among its part's groups, never out of its part", () => {
    const [first, second, third] = start.groups.map((g) => g.id);
    expect(shape(moveGroup(start, second ?? "", -1)).map(([h]) => h)).toEqual(["problem:在工作作风方面", "problem:在理论学习方面", "cause:"]);
    expect(moveGroup(start, first ?? "", -1)).toBe(start);
    expect(moveGroup(start, third ?? "", -1)).toBe(start);
  });
});

describe("editing", () => {
  it("edits a passage's text and keeps its source; notes and headings are the writer's own", () => {
    let c = addPassage(emptyCollection(), ref("a1-1"));
    c = editEntry(c, "r1#a1-1", "改过的文字");
    expect(c.groups[0]?.entries[0]).toMatchObject({ text: "改过的文字", ref: { passageId: "a1-1" } });
    c = addGroup(c, "problem", "在担当作为方面");
    const gid = c.groups[1]?.id ?? "";
    c = addNote(addNote(c, gid, "第一段"), gid, "第二段");
    expect(c.groups[1]?.entries.map((e) => [e.id, e.text, e.ref])).toEqual([
      ["note-1", "第一段", null],
      ["note-2", "第二段", null],
    ]);
    c = renameGroup(c, gid, "在斗争精神方面");
    expect(c.groups[1]?.heading).toBe("在斗争精神方面");
    expect(shape(removeEntry(removeGroup(c, gid), "r1#a1-1"))).toEqual([["problem:在理论学习方面", []]]);
  });

  it("keeps groups in part order when a group is added to an earlier part", () => {
    const c = addGroup(addPassage(emptyCollection(), cause), "problem", "新的小标题");
    expect(shape(c).map(([h]) => h)).toEqual(["problem:新的小标题", "cause:"]);
  });
});

describe("applyTemplate", () => {
  const aspects = [
    { topic: "theory-study", heading: "在学习方面" },
    { topic: "work-style", heading: "在作风方面" },
  ];

  it("lays the year's aspects out as empty headings before the writer's own, with empty 原因 and 措施", () => {
    const c = applyTemplate(addGroup(emptyCollection(), "problem", "自拟"), aspects, "2023年度个人对照检查材料");
    expect(shape(c)).toEqual([
      ["problem:在学习方面", []],
      ["problem:在作风方面", []],
      ["problem:自拟", []],
      ["cause:", []],
      ["measure:", []],
    ]);
    expect(c.title).toBe("2023年度个人对照检查材料");
  });

  it("adds no aspect a group already stands for, and passages collected afterwards join the template's headings", () => {
    const c = applyTemplate(addPassage(emptyCollection(), ref("a1-1")), aspects);
    expect(shape(c).map(([h]) => h)).toEqual(["problem:在作风方面", "problem:在理论学习方面", "cause:", "measure:"]);
    expect(shape(addPassage(c, style))[0]).toEqual(["problem:在作风方面", ["r1#a2-1"]]);
  });
});
