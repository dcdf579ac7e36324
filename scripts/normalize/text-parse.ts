import type { Root } from "mdast";
import type { Plugin } from "unified";

/** A unified parser for plain text: every non-empty line becomes a paragraph. */
export const textParse: Plugin<[], string, Root> = function () {
  this.parser = (doc) => ({
    type: "root",
    children: doc
      .split(/\r\n|\r|\n|\u2028|\u2029/)
      .filter((line) => line.trim() !== "")
      .map((line) => ({ type: "paragraph", children: [{ type: "text", value: line }] })),
  });
};
