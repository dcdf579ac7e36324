/** Line breaks a web page left escaped as text: `x0dx0a`, `\r\n` written out, `<br>`. */
const escapedBreak = /\s*(?:(?:x0d)?x0a|\\r\\n|\\n|<br\s*\/?>)\s*/giu;
/** Fewest escaped breaks before a text is taken to use them for line breaks (one may be a word). */
const minBreaks = 3;
/** The typographic entities a page leaves in copied text; `&lt;` `&gt;` `&amp;` stay as written, never turning into markup. */
const entities: Record<string, string> = {
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  hellip: "…",
  middot: "·",
  nbsp: " ",
  emsp: "\u3000",
  ensp: " ",
  quot: '"',
};
const entity = /&(?:([a-z]+)|#(\d{2,6})|#x([0-9a-f]{2,5}));/giu;

/** A text with a web page's escapes undone, and what was undone, for the build report ("" when nothing). */
export function unescapePasted(text: string): { text: string; note: string } {
  const done: string[] = [];
  let out = text;
  if ((out.match(escapedBreak) ?? []).length >= minBreaks) {
    out = out.replace(escapedBreak, "\n");
    done.push("写成文字的换行（如 x0dx0a）");
  }
  let decoded = 0;
  out = out.replace(entity, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : null;
    // Numeric entities only for characters beyond ASCII: `&#60;` would turn text into markup.
    const value = name ? entities[name.toLowerCase()] : code !== null && code >= 0x80 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (value === undefined) return m;
    decoded++;
    return value;
  });
  if (decoded > 0) done.push(`${decoded} 处网页字符实体（如 &ldquo;）`);
  return { text: out, note: done.length > 0 ? `还原了网页转义的${done.join("和")}。` : "" };
}
