/** What a file's bytes turned out to be. */
export interface Decoded {
  text: string;
  /** The encoding detected: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
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

/** The first valid reading of the bytes: by BOM, UTF-16 by its zero bytes, UTF-8, then GB18030. */
function detect(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict("utf-8", bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: strict(utf16, bytes), encoding: utf16 };
  try {
    return { text: strict("utf-8", bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Chinese office suites export GBK/GB18030, of which GBK is a subset.
  }
  try {
    return { text: strict("gb18030", bytes), encoding: "gb18030" };
  } catch {
    throw new DecodeError("字节既不是 UTF-8/UTF-16 也不是 GB18030 编码的文本：请用文本编辑器另存为 UTF-8 后重新放入。");
  }
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
