/** A piece of text, marked when it is wording shared with another passage. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts a text at the given `[start, end)` spans (sorted, not overlapping) into marked and plain segments. */
export function splitMarked(text: string, spans: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    if (end > start) out.push({ text: text.slice(start, end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
