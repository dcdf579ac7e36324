import type { Root } from "mdast";
import type { Passage, Section, SectionKind } from "../schemas/report.ts";
import { plain } from "./normalize/remark-normalize.ts";
import { headlineOf } from "./structure/headline.ts";
import "./structure/mdast-data.ts";

/** The structure of one report, read off the annotated tree. */
export interface Structure {
  title: string | null;
  sections: Section[];
  passages: Passage[];
}

/** The anchor of a passage: `a2-3` for aspect 2 item 3, `cause-1`, `problem-2` where aspects are absent. */
export function passageId(section: SectionKind, aspect: number, n: number): string {
  return section === "problem" && aspect > 0 ? `a${aspect}-${n}` : `${section}-${n}`;
}

/** Reads title, sections, aspects and passages from the tree the structure plugins annotated. */
export function collectStructure(tree: Root): Structure {
  let title: string | null = null;
  const sections: Section[] = [];
  const passages: Passage[] = [];
  const counts = new Map<string, number>();
  const current = (kind: SectionKind): Section => {
    const last = sections[sections.length - 1];
    if (last?.kind === kind) return last;
    const created: Section = { kind, heading: "", intro: "", aspects: [] };
    sections.push(created);
    return created;
  };
  const append = (a: string, b: string) => (a ? `${a}\n${b}` : b);

  for (const node of tree.children) {
    if (node.type === "heading") {
      const text = plain(node);
      if (node.depth === 1) title = text;
      if (node.depth === 2 && node.data?.kind) {
        const { inferredFrom } = node.data;
        sections.push({ kind: node.data.kind, heading: `${node.data.marker ?? ""}${text}`, intro: "", aspects: [], ...(inferredFrom ? { inferredFrom } : {}) });
      }
      if (node.depth === 3 && node.data?.aspect) {
        const section = current("problem");
        section.aspects.push({ n: node.data.aspect, heading: text, intro: "", topic: "" });
      }
      continue;
    }
    if (node.type !== "paragraph") continue;
    const { section: kind = "preamble", aspect = 0, role = "item", marker = "" } = node.data ?? {};
    const text = plain(node);
    const simplified = node.data?.simplified;
    const section = current(kind);
    const aspectNode = section.aspects.find((a) => a.n === aspect);
    if (role === "intro") {
      if (aspectNode) aspectNode.intro = append(aspectNode.intro, text);
      else section.intro = append(section.intro, text);
    } else if (role === "continuation" && passages.length > 0) {
      const last = passages[passages.length - 1] as Passage;
      last.text = append(last.text, text);
      if (simplified !== undefined) last.simplified = append(last.simplified ?? "", simplified);
    } else {
      const key = kind === "problem" && aspect > 0 ? `a${aspect}` : kind;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      passages.push({
        id: passageId(kind, aspect, n),
        section: kind,
        sectionHeading: section.heading,
        aspect: kind === "problem" ? aspect : 0,
        marker,
        headline: "",
        text,
        themes: node.data?.themes ?? [],
        confidence: node.data?.confidence ?? 0,
        basis: node.data?.basis ?? "none",
        related: [],
        similar: [],
        echoesEarlier: false,
        ...(simplified !== undefined && { simplified }),
      });
    }
  }
  for (const p of passages) p.headline = p.section === "preamble" || p.section === "closing" ? "" : headlineOf(p.text);
  return { title, sections, passages };
}
