/** A pinyin or abbreviated stand-in and the word it replaces. */
export type Glossary = ReadonlyMap<string, string>;

const cjk = "\\p{Script=Han}";
const cjkPunct = "\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026";
const wide = `[${cjk}${cjkPunct}]`;

/** Cleans one line of source text: spaces, brackets, punctuation between Chinese characters, glossary words. */
export function normalizeLine(line: string, glossary: Glossary): string {
  let s = line.replace(/[\u3000\u00a0\t]/g, " ").replace(/[\u200b-\u200d\ufeff]/g, "");
  // Full-width digits (`１、`, `２０２１年`) are a typing style; ASCII digits keep enumerators and years uniform.
  s = asciiDigits(s);
  s = restoreGlossary(s, glossary);
  // Spaces next to Chinese text are layout noise (indents, justified PDF lines), not word breaks.
  s = s.replace(new RegExp(`\\s+(?=${wide})|(?<=${wide})\\s+`, "gu"), "");
  s = s.replace(/\s{2,}/g, " ").trim();
  s = fullWidthEnumerator(s);
  // ASCII punctuation between Chinese characters is a typing slip for its full-width form.
  s = s.replace(new RegExp(`(?<=${wide}),(?=${wide})`, "gu"), "，");
  s = s.replace(new RegExp(`(?<=${wide});(?=${wide})`, "gu"), "；");
  s = s.replace(new RegExp(`(?<=${wide}):(?=${wide})`, "gu"), "：");
  s = s.replace(new RegExp(`\\((?=${wide})`, "gu"), "（").replace(new RegExp(`(?<=${wide})\\)`, "gu"), "）");
  return s;
}

/** Full-width digits `０`–`９` as ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Mixed brackets around an enumerator (`(一)`, `（一)`, `( 1 )`) become full-width `（一）`. */
function fullWidthEnumerator(s: string): string {
  return s.replace(/^[(（]\s*([一二三四五六七八九十]+|\d{1,2})\s*[)）]/u, "（$1）");
}

/** Replaces glossary stand-ins (`dangshi` → 党史) wherever they are not part of a longer Latin word. */
export function restoreGlossary(s: string, glossary: Glossary): string {
  if (glossary.size === 0) return s;
  const keys = [...glossary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![A-Za-z])(?:${keys.join("|")})(?![A-Za-z])`, "giu");
  return s.replace(re, (m) => glossary.get(m.toLowerCase()) ?? m);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
