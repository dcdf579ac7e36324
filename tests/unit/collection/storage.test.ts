import { describe, expect, it } from "vitest";
import { addPassage, emptyCollection } from "../../../src/collection/model.ts";
import { parseCollection, serializeCollection, storageKey } from "../../../src/collection/storage.ts";
import { ref } from "./refs.ts";

describe("collection storage", () => {
  it("reads back what it wrote", () => {
    const c = addPassage(emptyCollection(), ref("a1-1"));
    expect(parseCollection(serializeCollection(c))).toEqual({ collection: c, problem: "none" });
  });

  it("starts empty when nothing is stored", () => {
    expect(parseCollection(null)).toEqual({ collection: emptyCollection(), problem: "none" });
  });

  it("reports, and does not guess at, a value that is not JSON, of another version, or of another shape", () => {
    const c = addPassage(emptyCollection(), ref("a1-1"));
    for (const stored of ["{", JSON.stringify({ ...c, version: 2 }), JSON.stringify({ version: 1, groups: "x" }), JSON.stringify({ ...c, groups: [{ ...c.groups[0], part: "preamble" }] })]) {
      expect(parseCollection(stored), stored).toEqual({ collection: emptyCollection(), problem: "unreadable" });
    }
  });

  it("keys the collection by the site's base", () => {
    expect(storageKey("/")).not.toBe(storageKey("/corpus/"));
  });
});
