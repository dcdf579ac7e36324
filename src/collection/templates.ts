// Templates for a new outline: per year, meeting and kind, the aspects the corpus's reports share, in their usual order.
import type { Template } from "../schemas/collection.ts";
import type { Kind } from "../schemas/report.ts";

/** What a template is drawn from: a report's year, meeting and kind, and its aspects in order. */
export interface TemplateInput {
  year: number | null;
  meeting: string | null;
  kind: Kind;
  aspects: { n: number; heading: string; topic: string }[];
}

/** The wording written most often; ties go to the shorter, then to the first in code-point order, so the choice is stable. */
function mostCommon(headings: string[]): string {
  const counts = new Map<string, number>();
  for (const h of headings) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? "";
}

/**
 * One template per year, meeting and kind with reports that have aspects: the topics at least half of its
 * reports have, ordered by their mean place in them, each under its most common heading. Newest year first.
 */
export function buildTemplates(reports: TemplateInput[]): Template[] {
  const groups = new Map<string, { year: number; meeting: string; kind: Kind; members: TemplateInput[] }>();
  for (const r of reports) {
    if (r.year === null || r.meeting === null || r.aspects.length === 0) continue;
    const key = JSON.stringify([r.year, r.meeting, r.kind]);
    const g = groups.get(key) ?? { year: r.year, meeting: r.meeting, kind: r.kind, members: [] };
    g.members.push(r);
    groups.set(key, g);
  }
  const templates = [...groups.values()].map(({ year, meeting, kind, members }) => {
    const topics = new Map<string, { places: number[]; headings: string[] }>();
    for (const r of members) {
      for (const a of r.aspects) {
        const t = topics.get(a.topic) ?? { places: [], headings: [] };
        t.places.push(a.n);
        t.headings.push(a.heading);
        topics.set(a.topic, t);
      }
    }
    const aspects = [...topics]
      .filter(([, t]) => t.places.length * 2 >= members.length)
      .map(([topic, t]) => ({ topic, heading: mostCommon(t.headings), mean: t.places.reduce((s, x) => s + x, 0) / t.places.length, count: t.places.length }))
      .sort((a, b) => a.mean - b.mean || b.count - a.count || (a.topic < b.topic ? -1 : 1))
      .map(({ topic, heading }) => ({ topic, heading }));
    return { year, meeting, kind, reports: members.length, aspects };
  });
  return templates.sort((a, b) => b.year - a.year || (a.meeting < b.meeting ? -1 : a.meeting > b.meeting ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
