// The document to export, as plain data: numbered the genre's way, whatever it is rendered into (.txt, .docx).
import { numberToCn, sectionHeading } from "../parse/structure/enumerators.ts";
import { collectionParts, type Collection, type CollectionPart, type Group } from "../schemas/collection.ts";

/** One paragraph: a numbered point (`1.`), or plain text (a lead-in, a preamble). */
export interface OutlineParagraph {
  text: string;
  numbered: boolean;
}

/** A group of paragraphs under a subheading (`（一）……方面`), or under none (heading ""). */
export interface OutlineGroup {
  heading: string;
  paragraphs: OutlineParagraph[];
}

/** A part under a numbered heading (`一、存在的主要问题`), or an unheaded run such as a preamble (heading ""). */
export interface OutlineSection {
  heading: string;
  groups: OutlineGroup[];
}

/** A source of the exported passages, listed at the end. */
export interface OutlineSource {
  title: string;
  url: string;
}

export interface Outline {
  title: string;
  sections: OutlineSection[];
  sources: OutlineSource[];
}

/** The heading each part gets in an exported outline, in the genre's usual words. */
export const partHeadings: Record<CollectionPart, string> = {
  problem: "存在的主要问题",
  cause: "原因分析",
  measure: "整改措施",
  review: "上年度整改落实情况",
  other: "其他",
};

/** A heading without the `一、` it was written with: the outline numbers headings itself. */
export function unnumbered(heading: string): string {
  return sectionHeading(heading)?.rest ?? heading;
}

/** Numbers the headed sections 一、二、… and the subheadings inside each （一）（二）…; unheaded ones are skipped. */
export function numberedHeadings(outline: Outline): { section: string; groups: string[] }[] {
  let n = 0;
  return outline.sections.map((s) => {
    const section = s.heading ? `${numberToCn(++n)}、${s.heading}` : "";
    let m = 0;
    return { section, groups: s.groups.map((g) => (g.heading ? `（${numberToCn(++m)}）${g.heading}` : "")) };
  });
}

/** A passage's paragraphs: its first is the numbered point, further ones follow it unnumbered. */
function paragraphsOf(text: string): OutlineParagraph[] {
  return text
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => ({ text: t, numbered: i === 0 }));
}

export interface CollectionOutlineOptions {
  /** List the reports the passages come from at the end. */
  sources: boolean;
  /** Prefix of the passages' site-relative addresses in the source list (the site's address with its base). */
  siteUrl: string;
}

/** The groups that show in an export: those with a heading or a paragraph, part by part; parts with none are left out. */
function exportedParts(c: Collection): { part: CollectionPart; groups: Group[] }[] {
  return collectionParts
    .map((part) => ({ part, groups: c.groups.filter((g) => g.part === part && (g.heading !== "" || g.entries.length > 0)) }))
    .filter((p) => p.groups.length > 0);
}

/** The collection as a document: its parts in the genre's order, each group's passages and notes as numbered points. */
export function collectionOutline(c: Collection, options: CollectionOutlineOptions): Outline {
  const sections = exportedParts(c).map(({ part, groups }) => ({
    heading: partHeadings[part],
    groups: groups.map((g) => ({ heading: g.heading, paragraphs: g.entries.flatMap((e) => paragraphsOf(e.text)) })),
  }));
  const refs = c.groups.flatMap((g) => g.entries.flatMap((e) => (e.ref ? [e.ref] : [])));
  const seen = new Set<string>();
  const sources = options.sources
    ? refs.flatMap((r) => {
        if (seen.has(r.reportId)) return [];
        seen.add(r.reportId);
        return [{ title: r.reportTitle, url: `${options.siteUrl}${r.url.split("#")[0]}` }];
      })
    : [];
  return { title: c.title, sections, sources };
}

/** The numbered headings an export gives, by part and by group id (一、存在的主要问题, （二）在……方面), for the page to show. */
export function collectionHeadings(c: Collection): Map<string, string> {
  const parts = exportedParts(c);
  const out = new Map<string, string>();
  const headings = numberedHeadings({ title: "", sources: [], sections: parts.map(({ part, groups }) => ({ heading: partHeadings[part], groups: groups.map((g) => ({ heading: g.heading, paragraphs: [] })) })) });
  parts.forEach(({ part, groups }, i) => {
    out.set(part, headings[i]?.section ?? "");
    groups.forEach((g, j) => out.set(g.id, headings[i]?.groups[j] ?? ""));
  });
  return out;
}
