import { searchKey } from "../text/script.ts";

/** A piece of an excerpt: plain text or a matched phrase. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A text as it is matched: Latin case and the script of Chinese characters ignored; as long as the text, so offsets carry over. */
export function matchForm(text: string): string {
  return searchKey(text.toLowerCase());
}

/** Every [start, end) where one of the terms occurs in the text, merged and sorted (Latin case and script ignored: 學習 marks 学习). */
export function occurrences(text: string, terms: string[]): [number, number][] {
  const lower = matchForm(text);
  const spans: [number, number][] = [];
  for (const term of terms.map(matchForm).filter(Boolean)) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** True when every term occurs in the text: the exact-match check. */
export function containsAll(text: string, terms: string[]): boolean {
  const lower = matchForm(text);
  return terms.every((t) => lower.includes(matchForm(t)));
}

/** An excerpt of about `width` characters around the first match, the matches marked exactly. */
export function excerpt(text: string, terms: string[], width = 120): Segment[] {
  const flat = text.replace(/\n/g, " ");
  const spans = occurrences(flat, terms);
  const first = spans[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(width / 3), flat.length - width)) : 0;
  const end = Math.min(flat.length, start + width);
  const segments: Segment[] = [];
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    if (from > at) segments.push({ text: flat.slice(at, from), mark: false });
    segments.push({ text: flat.slice(from, Math.min(e, end)), mark: true });
    at = Math.min(e, end);
  }
  if (at < end) segments.push({ text: flat.slice(at, end), mark: false });
  if (start > 0) segments.unshift({ text: "…", mark: false });
  if (end < flat.length) segments.push({ text: "…", mark: false });
  return segments;
}
