
/** A pinyin or abbreviated stand-in and the word it replaces. */
export type Glossary = ReadonlyMap<string, string>;

const cjk = "\\p{Script=Han}";
const cjkPunct = "\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2014\\u2026";
const wide = `[${cjk}${cjkPunct}]`;

/** Cleans one line of source text: spaces, brackets, punctuation between Chinese characters, glossary words. */
export function normalizeLine(line: string, glossary: Glossary): string {
  let s = line.replace(/[\u3000\u00a0\t]/g, " ").replace(/[\u200b-\u200d\ufeff]/g, "");
  // Full-width digits and letters (`１、`, `２０２１年`, `ＰＰＴ`) are a typing style; ASCII keeps enumerators and years uniform.
  s = asciiDigits(s).replace(/[Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // PDF justification spaces digits apart (`2 0 2 1 年`, `1 .学习`): a number is never written so.
  s = s.replace(/(?<![\d.])\d(?: \d){2,}(?![\d.])/gu, (m) => m.replace(/ /gu, "")).replace(/^(\d{1,2}) +(?=[.．、)）])/u, "$1");
  // Before the glossary, which would take a toneless reading (`dangshi`) for a stand-in.
  s = restoreGlossary(s, glossary);
  // Spaces next to Chinese text are layout noise (indents, justified PDF lines), not word breaks.
  s = s.replace(new RegExp(`\\s+(?=${wide})|(?<=${wide})\\s+`, "gu"), "");
  s = s.replace(/\s{2,}/g, " ").trim();
  s = fullWidthEnumerator(s);
  // ASCII punctuation between Chinese characters is a typing slip for its full-width form.
  // After Chinese text a comma, semicolon or colon is Chinese whatever follows (`不足;2)…`, `不多,2021年`).
  s = s.replace(new RegExp(`(?<=${wide}),|,(?=${wide})`, "gu"), "，");
  s = s.replace(new RegExp(`(?<=${wide});|;(?=${wide})`, "gu"), "；");
  s = s.replace(new RegExp(`(?<=${wide}):(?!//)|:(?=${wide})`, "gu"), "：");
  s = s.replace(new RegExp(`(?<=${wide})!`, "gu"), "！").replace(new RegExp(`(?<=${wide})\\?`, "gu"), "？");
  // A full stop typed as `.` after Chinese text, but not the `.` of an enumerator (`一.`, `（二）.`).
  s = s.replace(new RegExp(`(?<=\\p{Script=Han}|[”’」）])\\.(?=${wide}|$)`, "gu"), (dot, at: number) => (enumeratorBefore.test(s.slice(0, at)) ? dot : "。"));
  s = curlyQuotes(s);
  s = s.replace(new RegExp(`\\((?=${wide})`, "gu"), "（").replace(new RegExp(`(?<=${wide})\\)`, "gu"), "）");
  return s;
}

/** A token of the random ASCII some forums sprinkle between lines to spoil copying (`e j\ p] c_ v H 4~`). */
const guardToken = String.raw`[!-~]{1,3}`;
const guardRun = new RegExp(String.raw`(?:^|(?<=\s)|(?<=[\p{Script=Han}。，；：”）]))(?:${guardToken}[ \t]+){3,}${guardToken}(?=\s|$|[\p{Script=Han}（“])|^[ \t]*[\x21-\x29\x2b\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7e]{1,3}[ \t]*$`, "gu");
/** Symbols that words and numbers do not hold: a run of short tokens with several of them is noise, not text. */
const guardSymbol = /[\^%$#[\]{}~|_@&;"'\x60<>]/u;

/**
 * Removes a forum's anti-copy noise: runs of four or more short ASCII tokens among which at least two hold
 * symbols no word has (`C# 6; o/ U k" V|`), and lines of one to three ASCII symbols (`|`; not a `---` or `***` rule). Latin words, numbers
 * and abbreviations (`PPT`, `2 0 2 3`) are left alone.
 */
export function stripCopyGuard(line: string): string {
  return line.replace(guardRun, (run) => {
    const tokens = run.trim().split(/\s+/u);
    const noisy = tokens.filter((t) => guardSymbol.test(t)).length;
    return tokens.length === 1 || noisy >= 2 ? "" : run;
  });
}

/** A line that, so far, is only an enumerator: the `.` after it is the enumerator's. */
const enumeratorBefore = /^([一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）])$/u;

/** ASCII double quotes around Chinese words (`"两个确立"`) as the paired full-width quotes “两个确立”. */
function curlyQuotes(s: string): string {
  if (!s.includes('"') || /[A-Za-z]"|"[A-Za-z]/u.test(s)) return s;
  let open = true;
  return s.replace(/"/gu, () => {
    const q = open ? "“" : "”";
    open = !open;
    return q;
  });
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
