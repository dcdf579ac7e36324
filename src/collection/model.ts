// The writer's collection as pure data: every change returns a new collection and leaves the old one as it was.
import { collectionParts, collectionVersion, type Collection, type CollectionPart, type Entry, type ExcerptRef, type Group } from "../schemas/collection.ts";
import type { SectionKind } from "../schemas/report.ts";

/** The document title a new collection starts with. */
export const defaultTitle = "对照检查材料";

export function emptyCollection(): Collection {
  return { version: collectionVersion, title: defaultTitle, groups: [] };
}

/** The entry id of a collected passage: one passage is collected at most once. */
export function refKey(ref: Pick<ExcerptRef, "reportId" | "passageId">): string {
  return `${ref.reportId}#${ref.passageId}`;
}

/** The part a report's section goes to: the skeleton's four keep their own, anything else (开头, 结尾, 其他) goes to `other`. */
export function partOf(section: SectionKind): CollectionPart {
  return section === "problem" || section === "cause" || section === "measure" || section === "review" ? section : "other";
}

/** Collected passages (not notes): what the header's count shows. */
export function passageCount(c: Collection): number {
  return c.groups.reduce((n, g) => n + g.entries.filter((e) => e.ref !== null).length, 0);
}

export function hasPassage(c: Collection, key: string): boolean {
  return c.groups.some((g) => g.entries.some((e) => e.id === key));
}

/** Keeps groups in part order (stable inside a part), the invariant every change relies on. */
function ordered(groups: Group[]): Group[] {
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => collectionParts.indexOf(a.g.part) - collectionParts.indexOf(b.g.part) || a.i - b.i)
    .map(({ g }) => g);
}

/** The next free `<prefix><n>` id. */
function nextId(ids: string[], prefix: string): string {
  const used = ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)) || 0);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

function groupIds(c: Collection): string[] {
  return c.groups.map((g) => g.id);
}

function entryIds(c: Collection): string[] {
  return c.groups.flatMap((g) => g.entries.map((e) => e.id));
}

/** Compared without spaces and trailing punctuation, so that 在……方面。 and 在……方面 are one heading. */
function sameHeading(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/\s+/gu, "").replace(/[。：:；;，,]+$/u, "");
  return plain(a) === plain(b);
}

/** The group a passage joins: a problem passage its aspect's group (same topic, else same heading), any other its part's first group. */
function targetGroup(c: Collection, ref: ExcerptRef): Group | undefined {
  const part = partOf(ref.section);
  const mine = c.groups.filter((g) => g.part === part);
  if (part !== "problem") return mine[0];
  return (ref.aspectTopic ? mine.find((g) => g.topic === ref.aspectTopic) : undefined) ?? mine.find((g) => sameHeading(g.heading, ref.aspectHeading));
}

/** Adds a passage to its group, creating the group at the end of its part when there is none; a passage already collected stays where it is. */
export function addPassage(c: Collection, ref: ExcerptRef): Collection {
  const id = refKey(ref);
  if (hasPassage(c, id)) return c;
  const entry: Entry = { id, text: ref.text, ref };
  const target = targetGroup(c, ref);
  if (target) return { ...c, groups: c.groups.map((g) => (g === target ? { ...g, entries: [...g.entries, entry] } : g)) };
  const part = partOf(ref.section);
  const group: Group = {
    id: nextId(groupIds(c), "g"),
    part,
    heading: part === "problem" ? ref.aspectHeading : "",
    topic: part === "problem" ? ref.aspectTopic : "",
    entries: [entry],
  };
  return { ...c, groups: ordered([...c.groups, group]) };
}

/** Removes an entry (a passage by its key, or a note); its group stays, even when empty. */
export function removeEntry(c: Collection, id: string): Collection {
  return { ...c, groups: c.groups.map((g) => ({ ...g, entries: g.entries.filter((e) => e.id !== id) })) };
}

/** Adds the passage, or removes it when it is already collected: what pressing 摘录 does. */
export function togglePassage(c: Collection, ref: ExcerptRef): Collection {
  return hasPassage(c, refKey(ref)) ? removeEntry(c, refKey(ref)) : addPassage(c, ref);
}

/** Where an entry is: its group's index and its own. */
function locate(c: Collection, id: string): { gi: number; ei: number } | null {
  for (const [gi, g] of c.groups.entries()) {
    const ei = g.entries.findIndex((e) => e.id === id);
    if (ei >= 0) return { gi, ei };
  }
  return null;
}

/**
 * Moves an entry one place up (-1) or down (+1). At the top or bottom of its group it crosses into the
 * neighbouring group (to its end going up, its start going down), so that repeated moves reach any place.
 */
export function moveEntry(c: Collection, id: string, delta: -1 | 1): Collection {
  const at = locate(c, id);
  if (!at) return c;
  const groups = c.groups.map((g) => ({ ...g, entries: [...g.entries] }));
  const from = groups[at.gi] as Group;
  const [entry] = from.entries.splice(at.ei, 1) as [Entry];
  const to = at.ei + delta;
  if (to >= 0 && to <= from.entries.length) {
    from.entries.splice(to, 0, entry);
  } else {
    const neighbour = groups[at.gi + delta];
    if (!neighbour) return c;
    if (delta === -1) neighbour.entries.push(entry);
    else neighbour.entries.unshift(entry);
  }
  return { ...c, groups };
}

/** Moves an entry to the end of another group. */
export function moveToGroup(c: Collection, id: string, groupId: string): Collection {
  const at = locate(c, id);
  const target = c.groups.find((g) => g.id === groupId);
  if (!at || !target) return c;
  const entry = c.groups[at.gi]?.entries[at.ei] as Entry;
  const without = removeEntry(c, id);
  return { ...without, groups: without.groups.map((g) => (g.id === groupId ? { ...g, entries: [...g.entries, entry] } : g)) };
}

/** Replaces an entry's text; its source stays. */
export function editEntry(c: Collection, id: string, text: string): Collection {
  return { ...c, groups: c.groups.map((g) => ({ ...g, entries: g.entries.map((e) => (e.id === id ? { ...e, text } : e)) })) };
}

/** Adds the writer's own note at the end of a group. */
export function addNote(c: Collection, groupId: string, text: string): Collection {
  const note: Entry = { id: nextId(entryIds(c), "note-"), text, ref: null };
  return { ...c, groups: c.groups.map((g) => (g.id === groupId ? { ...g, entries: [...g.entries, note] } : g)) };
}

/** Adds an empty group with the writer's heading at the end of a part. */
export function addGroup(c: Collection, part: CollectionPart, heading: string, topic = ""): Collection {
  const group: Group = { id: nextId(groupIds(c), "g"), part, heading, topic, entries: [] };
  return { ...c, groups: ordered([...c.groups, group]) };
}

export function renameGroup(c: Collection, groupId: string, heading: string): Collection {
  return { ...c, groups: c.groups.map((g) => (g.id === groupId ? { ...g, heading } : g)) };
}

/** Moves a group one place up or down among the groups of its part. */
export function moveGroup(c: Collection, groupId: string, delta: -1 | 1): Collection {
  const i = c.groups.findIndex((g) => g.id === groupId);
  const j = i + delta;
  const a = c.groups[i];
  const b = c.groups[j];
  if (!a || !b || a.part !== b.part) return c;
  const groups = [...c.groups];
  groups[i] = b;
  groups[j] = a;
  return { ...c, groups };
}

/** Removes a group with its entries. */
export function removeGroup(c: Collection, groupId: string): Collection {
  return { ...c, groups: c.groups.filter((g) => g.id !== groupId) };
}

export function setTitle(c: Collection, title: string): Collection {
  return { ...c, title };
}

/** The aspects a template lays out: headings with the topic they stand for. */
export interface TemplateAspect {
  topic: string;
  heading: string;
}

/**
 * Lays out a year's aspects as empty problem groups, before the writer's own, and the parts every report
 * has (原因, 措施) as empty groups; an aspect whose topic or heading a group already has is not added twice.
 */
export function applyTemplate(c: Collection, aspects: TemplateAspect[], title?: string): Collection {
  let next = c;
  const fresh: Group[] = [];
  for (const a of aspects) {
    const exists = next.groups.some((g) => g.part === "problem" && ((a.topic !== "" && g.topic === a.topic) || sameHeading(g.heading, a.heading)));
    if (exists) continue;
    const group: Group = { id: nextId([...groupIds(next), ...fresh.map((g) => g.id)], "g"), part: "problem", heading: a.heading, topic: a.topic, entries: [] };
    fresh.push(group);
  }
  next = { ...next, groups: ordered([...fresh, ...next.groups]) };
  for (const part of ["cause", "measure"] as const) if (!next.groups.some((g) => g.part === part)) next = addGroup(next, part, "");
  return title === undefined ? next : setTitle(next, title);
}
