/** Longest first sentence still read as a headline rather than as running text. */
const maxHeadline = 40;

/** The item's headline: its first sentence when short (`站位点不高`), else "". */
export function headlineOf(text: string): string {
  const m = /^([^。！？\n]+)[。！？]/u.exec(text);
  if (!m?.[1] || m[1].length > maxHeadline || m[0].length >= text.trim().length) return "";
  return m[1];
}
