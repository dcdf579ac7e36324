// Mirror sites that annotate characters with their reading leave it in the copied text: 學(xué)習(xí).

const initial = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])";
const final = "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un|ue|üe|ve|a|e|i|o|u|ü|v)";
/** One pinyin syllable, tone marks taken off (`ü` kept, also typed `v`), optionally with a tone digit. */
const syllable = `${initial}?${final}[1-5]?`;
const syllables = new RegExp(`^${syllable}(?: ?${syllable})*$`, "u");
/** A toneless syllable that is not also a bare vowel (`a`, `e` may label points). */
const bare = new RegExp(`^${initial}${final}$`, "u");
/** A bracketed run of lower-case Latin letters (tone-marked or not) right after a Han character. */
const annotation = /(?<=\p{Script=Han})\s*[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü1-5 ]{1,40}?)\s*[)）]/gu;

/** Tone marks off, ü kept: the letters the syllable pattern reads. */
function toneless(s: string): string {
  return s.normalize("NFD").replace(/[\u0300\u0301\u0304\u030c]/gu, "").normalize("NFC");
}

/**
 * Removes pinyin written in brackets after Han characters: `學(xué)習(xí)` → `學習`, `（xué xí）` too. Only
 * pinyin goes: the brackets must hold syllables and nothing else, and marked for tone (`xué`, `xue2`), or a
 * single toneless syllable with an initial (`xue`), so `（一）`, `(2021年)`, `(PPT)`, `(a)` or `(time)` stay.
 */
export function stripPinyinAnnotations(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  return text.replace(annotation, (whole, inside: string) => {
    const letters = toneless(inside);
    const toned = letters !== inside || /\d/u.test(inside);
    return syllables.test(letters) && (toned || bare.test(letters)) ? "" : whole;
  });
}
