import type { Paragraph, Root, RootContent } from "mdast";
import type { SectionKind } from "../../schemas/report.ts";
import { plain } from "../normalize/remark-normalize.ts";
import { bracketCn, cnItemMarker, itemMarker, mustStartAtOne, splitShi } from "./enumerators.ts";
import "./mdast-data.ts";

const leadIn = /(如下|以下原因|以下几点|以下几个方面|以下方面|几个方面)[。：:]?$|[：:]$/u;

/**
 * Splits every section (and every aspect of the problem section) into items: paragraphs
 * opening with one enumerator style, `一是…二是…` points (split out of their paragraph),
 * or, where nothing is numbered, one item per aspect or per paragraph. Lead-ins become intros.
 */
export function remarkItems() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let body: Paragraph[] = [];
    const flush = (beforeAspect = false) => {
      // Text between a problem heading and its first aspect is a lead-in, unless it is numbered: the end of a list
      // whose aspect heading was on the page before (a second page starting at `二是…`).
      const lead = beforeAspect && body[0]?.data?.section === "problem" && body[0].data.aspect === 0 && !body.some(numbered);
      out.push(...(lead ? body.map(asIntro) : splitBody(body)));
      body = [];
    };
    for (const node of tree.children) {
      if (node.type === "paragraph") {
        const prev = body[body.length - 1];
        if (prev && (prev.data?.section !== node.data?.section || prev.data?.aspect !== node.data?.aspect)) flush();
        body.push(node);
      } else {
        flush(node.type === "heading" && node.depth === 3);
        out.push(node);
      }
    }
    flush();
    tree.children = out;
  };
}

function numbered(p: Paragraph): boolean {
  const text = plain(p);
  return itemMarker(text) !== null || splitShi(text) !== null;
}

function asIntro(p: Paragraph): Paragraph {
  return { ...p, data: { ...p.data, role: "intro", marker: "" } };
}

/** Splits the paragraphs of one section or aspect into intro, item and continuation paragraphs. */
function splitBody(body: Paragraph[]): Paragraph[] {
  const first = body[0];
  if (!first) return [];
  const section = first.data?.section ?? "preamble";
  const aspect = first.data?.aspect ?? 0;
  const make = (text: string, role: "item" | "continuation" | "intro", marker = ""): Paragraph => ({
    type: "paragraph",
    data: { section, aspect, role, marker },
    children: [{ type: "text", value: text }],
  });
  const texts = body.map(plain);

  if (section === "preamble" || section === "closing") {
    return texts.map((t, i) => make(t, i === 0 ? "item" : "continuation"));
  }

  const marks = texts.map((t) => (section !== "problem" ? bracketCn(t) : null) ?? itemMarker(t) ?? cnItemMarker(t));
  const firstAt = marks.findIndex((m) => m !== null);
  const firstMark = marks[firstAt];
  const style = firstMark && !(mustStartAtOne.has(firstMark.style) && firstMark.n !== 1) ? firstMark.style : undefined;
  const joined = texts.join("\n");
  const shi = splitShi(joined);
  // Points that come first are the items, and numbers under them (`一是…（1）…（2）`) belong to them.
  const shiFirst = shi !== null && joined.slice(0, shi.at).split("\n").length - 1 < firstAt;
  if (style && !shiFirst) {
    let seen = false;
    return texts.map((t, i) => {
      const m = marks[i];
      if (m && m.style === style) {
        seen = true;
        return make(m.rest, "item", m.marker);
      }
      return make(t, seen ? "continuation" : "intro");
    });
  }

  if (shi) {
    const intro = shi.intro ? shi.intro.split("\n").map((t) => make(t, "intro")) : [];
    const items = shi.items.flatMap(({ marker, text }) =>
      text.split("\n").map((t, i) => (i === 0 ? make(t, "item", marker) : make(t, "continuation"))),
    );
    return [...intro, ...items];
  }

  if (section === "problem" && aspect > 0) {
    return texts.map((t, i) => make(t, i === 0 ? "item" : "continuation"));
  }
  return texts.map((t, i) => make(t, isLeadIn(t, i, section) ? "intro" : "item"));
}

/** A lead-in sentence (`主要有以下原因。`) opens a section but is not one of its items. */
function isLeadIn(text: string, index: number, section: SectionKind): boolean {
  return index === 0 && section !== "preamble" && leadIn.test(text);
}
