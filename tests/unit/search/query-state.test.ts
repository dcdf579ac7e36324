import { describe, expect, it } from "vitest";
import { facets, parseState, stateToParams, terms, type SearchState } from "../../../src/search/query-state.ts";

const parse = (query: string) => parseState(new URLSearchParams(query));
/** The state of an empty URL: whatever fields the state has, at their defaults. */
const defaults: SearchState = parse("");
const state = (fields: Partial<SearchState>): SearchState => ({ ...defaults, ...fields });

describe("parseState", () => {
  it("defaults to an empty exact search without filters", () => {
    expect(defaults).toMatchObject({ q: "", mode: "exact", filters: {} });
  });

  it("reads q, mode and filters", () => {
    expect(parse("q=好人主义&mode=related&theme=struggle&section=problem")).toEqual(
      state({ q: "好人主义", mode: "related", filters: { theme: ["struggle"], section: ["problem"] } }),
    );
  });

  it("reads a multi-valued filter in order, without duplicates or empty values", () => {
    expect(parse("theme=struggle&theme=investigation&theme=struggle&theme=").filters).toEqual({
      theme: ["struggle", "investigation"],
    });
  });

  it("reads several multi-valued filters at once", () => {
    expect(parse("year=2021&meeting=民主生活会&year=2022&meeting=组织生活会").filters).toEqual({
      meeting: ["民主生活会", "组织生活会"],
      year: ["2021", "2022"],
    });
  });

  it("trims q and ignores unknown modes and parameters", () => {
    expect(parse("q=%20%E5%85%9A%E5%8F%B2%20&mode=fuzzy&utm_source=x")).toEqual(state({ q: "党史" }));
  });

  it("decodes percent-encoded Chinese and + as a space", () => {
    expect(parse("q=%E5%A5%BD%E4%BA%BA+%E4%B8%BB%E4%B9%89").q).toBe("好人 主义");
  });

  it("reads the KWIC view and its sort order, falling back to the defaults on unknown values", () => {
    expect(parse("view=kwic&sort=left")).toMatchObject({ view: "kwic", sort: "left" });
    expect(parse("view=kwic&sort=right")).toMatchObject({ view: "kwic", sort: "right" });
    expect(parse("view=table&sort=random")).toMatchObject({ view: defaults.view, sort: defaults.sort });
  });
});

describe("stateToParams", () => {
  it("writes q, mode, then the facets in their fixed order", () => {
    const params = stateToParams(
      state({ q: "党史", mode: "related", filters: { year: ["2021"], theme: ["struggle", "risk"], section: ["cause"] } }),
    );
    expect(params.toString()).toBe(
      `q=${encodeURIComponent("党史")}&mode=related&theme=struggle&theme=risk&section=cause&year=2021`,
    );
  });

  it("leaves out defaults", () => {
    expect(stateToParams(defaults).toString()).toBe("");
  });
});

describe("parse → serialize round-trip", () => {
  const states: SearchState[] = [
    defaults,
    state({ q: "好人主义" }),
    state({ q: "学习 教育", mode: "related", filters: { theme: ["theory-study", "party-history"] } }),
    state({ q: "好人主义", view: "kwic", sort: "right" }),
    state({
      q: "a&b=c?#",
      filters: {
        theme: ["struggle"],
        section: ["problem", "cause"],
        aspect: ["2"],
        kind: ["班子"],
        role: ["主要负责人"],
        unit: ["经开区"],
        meeting: ["民主生活会", "组织生活会"],
        year: ["2021", "2022"],
      },
    }),
  ];

  it.each(states.map((s) => [stateToParams(s).toString() || "(empty)", s] as const))("round-trips %s", (_, s) => {
    expect(parseState(new URLSearchParams(`?${stateToParams(s).toString()}`))).toEqual(s);
  });

  it("serializes a parsed URL back to the same parameters when they are already in order", () => {
    const query = "q=%E5%85%9A%E5%8F%B2&theme=struggle&theme=risk&year=2021";
    expect(stateToParams(parse(query)).toString()).toBe(query);
  });

  it("covers every facet", () => {
    expect([...facets]).toEqual(["theme", "section", "aspect", "kind", "role", "unit", "meeting", "year"]);
  });
});

describe("terms", () => {
  it("splits at ASCII and full-width spaces", () => {
    expect(terms(" 好人主义  调研\u3000走访 ")).toEqual(["好人主义", "调研", "走访"]);
  });

  it("is empty for an empty query", () => {
    expect(terms("")).toEqual([]);
  });
});
