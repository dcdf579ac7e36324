// A whole report as an exportable outline: its own sections, aspects and points, renumbered the genre's way.
import { sectionLabels } from "../lib/labels.ts";
import type { Passage, Report } from "../schemas/report.ts";
import { unnumbered, type Outline, type OutlineGroup, type OutlineParagraph } from "./outline.ts";

function lines(text: string, numbered: boolean): OutlineParagraph[] {
  return text
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => ({ text: t, numbered: numbered && i === 0 }));
}

/**
 * The report as an outline: a preamble and a closing as plain paragraphs, every other section under its
 * heading as written (without its number; the section's kind where it has none), its aspects as subheadings,
 * its points numbered. `source` is the report's own address, listed as the outline's only source.
 */
export function reportOutline(
  report: Pick<Report, "sections"> & { passages: Pick<Passage, "section" | "sectionHeading" | "aspect" | "text">[] },
  title: string,
  source: string,
): Outline {
  const sections = report.sections.map((s) => {
    const unheaded = s.kind === "preamble" || s.kind === "closing";
    // Passages name their section by kind; `other` sections, of which a report may have several, by heading too.
    const mine = report.passages.filter((p) => p.section === s.kind && (s.kind !== "other" || p.sectionHeading === s.heading));
    const groups: OutlineGroup[] = [{ heading: "", paragraphs: [...lines(s.intro, false), ...mine.filter((p) => p.aspect === 0).flatMap((p) => lines(p.text, !unheaded))] }];
    for (const a of s.aspects) {
      groups.push({ heading: a.heading, paragraphs: [...lines(a.intro, false), ...mine.filter((p) => p.aspect === a.n).flatMap((p) => lines(p.text, true))] });
    }
    const heading = unheaded ? "" : unnumbered(s.heading) || sectionLabels[s.kind];
    return { heading, groups: groups.filter((g) => g.heading !== "" || g.paragraphs.length > 0) };
  });
  return { title, sections, sources: [{ title, url: source }] };
}
