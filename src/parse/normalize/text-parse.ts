import type { Paragraph, Root } from "mdast";
import type { Plugin } from "unified";

/** A unified parser for plain text: every non-empty line becomes a paragraph. */
export const textParse: Plugin<[], string, Root> = function () {
  this.parser = (doc) => ({ type: "root", children: lineParagraphs(doc) });
};

/** One text paragraph per non-empty line, the form every later plugin works on. */
export function lineParagraphs(doc: string): Paragraph[] {
  return doc
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .filter((line) => line.trim() !== "")
    .map((line) => ({ type: "paragraph", children: [{ type: "text", value: line }] }));
}
