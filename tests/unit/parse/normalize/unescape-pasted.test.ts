import { describe, expect, it } from "vitest";
import { unescapePasted } from "../../../../src/parse/normalize/unescape-pasted.ts";

describe("unescapePasted", () => {
  it("turns line breaks a page wrote out as x0dx0a into lines, and says so", () => {
    const { text, note } = unescapePasted("标题 x0dx0ax0dx0a第一段。 x0dx0a第二段。x0a第三段。");
    expect(text.split("\n").filter(Boolean)).toEqual(["标题", "第一段。", "第二段。", "第三段。"]);
    expect(note).toContain("x0dx0a");
  });

  it("decodes typographic and non-ASCII numeric entities", () => {
    expect(unescapePasted("对&ldquo;两个确立&rdquo;认识&#19981;深").text).toBe("对“两个确立”认识不深");
  });

  it("leaves entities that would make markup, and a lone x0a in a word, as written", () => {
    const text = "&lt;script&gt; &#60;b&#62; &amp; box0a";
    expect(unescapePasted(text)).toEqual({ text, note: "" });
  });
});
