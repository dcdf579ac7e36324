/** What a file's bytes turned out to be. */
export interface Decoded {
  text: string;
  /** The encoding detected: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
  /** What to check in the file, for the build report: the places where bytes were unreadable and replaced with U+FFFD. */
  warnings: string[];
}

/** Thrown when bytes are text in no encoding we know; the message says what to do. */
export class DecodeError extends Error {}

/** Decodes a text file, detecting its encoding, and refuses bytes that are not text at all. */
export function decode(bytes: Uint8Array): Decoded {
  let decoded: Decoded;
  try {
    decoded = detect(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    // The BOM (or the zero bytes of UTF-16) named an encoding that the bytes then break.
    throw new DecodeError("文件标明的编码与内容不符，有无效的字节：请用文本编辑器打开，另存为 UTF-8 后重新放入。");
  }
  if (binaryShare(decoded.text) > 0.01) {
    throw new DecodeError("内容含有大量控制字符，是二进制文件而不是文本：请确认放入的是对照检查材料的文字（.txt、.md 或 .docx）。");
  }
  return decoded;
}

/** Control characters other than tabs and line breaks, as a share of all characters: text has none. */
function binaryShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return text.length === 0 ? 0 : controls / text.length;
}

/** The first valid reading of the bytes: by BOM, UTF-16 by its zero bytes, UTF-8 (also with a little damage), then GB18030. */
function detect(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = utf8Reading(bytes.subarray(3));
    if (!utf8) throw new TypeError("not UTF-8 after a UTF-8 BOM");
    return { ...utf8, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le", warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be", warnings: [] };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: strict(utf16, bytes), encoding: utf16, warnings: [] };
  const utf8 = utf8Reading(bytes);
  if (utf8) return { ...utf8, encoding: "utf-8" };
  // Not UTF-8, not even damaged: Chinese office suites export GBK/GB18030, of which GBK is a subset.
  try {
    return { text: strict("gb18030", bytes), encoding: "gb18030", warnings: [] };
  } catch {
    throw new DecodeError("字节既不是 UTF-8/UTF-16 也不是 GB18030 编码的文本：请用文本编辑器另存为 UTF-8 后重新放入。");
  }
}

/**
 * A damaged file is still UTF-8 when its unreadable sequences are few beside its valid non-ASCII characters: GB18030 text
 * read as UTF-8 has 70–80% of them unreadable (measured on the five shipped reports, whole and in 50-character excerpts),
 * random binary more, so one in 20 (5%) leaves a wide margin while still reading a report with a pasted-in line of GBK.
 */
const maxDamageShare = 0.05;

/** The bytes as UTF-8: exact, or with a few unreadable sequences replaced by U+FFFD and named in warnings; null when not UTF-8. */
function utf8Reading(bytes: Uint8Array): { text: string; warnings: string[] } | null {
  try {
    return { text: strict("utf-8", bytes), warnings: [] };
  } catch {
    // Damaged, or another encoding: the share of unreadable sequences tells which.
  }
  // The WHATWG decoder replaces each maximal invalid subpart (a stray byte, a truncated character) with one U+FFFD.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const marks = count(text, /\ufffd/g);
  const bad = marks - occurrences(bytes, [0xef, 0xbf, 0xbd]); // U+FFFD written in the file is not damage
  const valid = count(text, /[^\x00-\x7f\ufffd]/gu);
  if (bad === 0 || bad > (bad + valid) * maxDamageShare) return null;
  return { text, warnings: damagePlaces(text) };
}

/** Lines listed one by one before the rest are summed up: the first few show where to look; a long list helps no one. */
const maxPlaces = 5;

/** One warning per damaged line (line number, the text around the first mark), the rest summed up in one more. */
function damagePlaces(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const damaged = lines.flatMap((line, i) => (line.includes("\ufffd") ? [{ n: i + 1, line, marks: count(line, /\ufffd/g) }] : []));
  const warnings = damaged.slice(0, maxPlaces).map(
    ({ n, line, marks }) => `第 ${n} 行“${around(line)}”附近有 ${marks} 处无法识别的字节（不是 UTF-8 编码），已替换为 �：请对照原文件核对此处，改正后另存为 UTF-8。`,
  );
  const rest = damaged.slice(maxPlaces);
  if (rest.length > 0) {
    const marks = rest.reduce((sum, d) => sum + d.marks, 0);
    warnings.push(`另有 ${rest.length} 行（第 ${rest[0]?.n} 行起）共 ${marks} 处无法识别的字节，已替换为 �：请用文本编辑器查找 � 逐一核对。`);
  }
  return warnings;
}

/** Up to 8 characters either side of a line's first U+FFFD (by code point, so no surrogate pair is cut), trimmed. */
function around(line: string): string {
  const chars = Array.from(line);
  const at = chars.indexOf("\ufffd");
  const before = chars.slice(Math.max(0, at - 8), at).join("").trimStart();
  const after = chars.slice(at, at + 9).join("").trimEnd();
  return `${at > 8 ? "……" : ""}${before}${after}${at + 9 < chars.length ? "……" : ""}`;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** How often a byte sequence occurs, not overlapping (plain loops: this also runs in the browser, without Buffer). */
function occurrences(bytes: Uint8Array, sequence: number[]): number {
  let n = 0;
  for (let at = bytes.indexOf(sequence[0] as number); at !== -1 && at + sequence.length <= bytes.length; at = bytes.indexOf(sequence[0] as number, at + 1)) {
    if (sequence.every((b, i) => bytes[at + i] === b)) {
      n++;
      at += sequence.length - 1;
    }
  }
  return n;
}

function strict(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** UTF-16 without BOM: text in other encodings has no zero bytes; of the two byte orders, the one reading as plausible text wins. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.filter((b) => b === 0).length < sample.length * 0.05) return null;
  const best = (["utf-16le", "utf-16be"] as const)
    .map((encoding) => ({ encoding, score: plausibility(new TextDecoder(encoding).decode(sample)) }))
    .sort((a, b) => b.score - a.score)[0];
  return best && best.score > 0.9 ? best.encoding : null;
}

/** Share of characters that ordinary Chinese text is made of: Han, ASCII, CJK and full-width punctuation, line breaks. */
function plausibility(text: string): number {
  const ok = text.match(/[\p{Script=Han}\x20-\x7e\r\n\t\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/gu)?.length ?? 0;
  return ok / Math.max(1, text.length);
}
