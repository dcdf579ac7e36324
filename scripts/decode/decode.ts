/** What a file's bytes turned out to be. */
export interface Decoded {
  text: string;
  /** The encoding detected: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
}

/** Thrown when bytes are text in no encoding we know; the message says what to do. */
export class DecodeError extends Error {}

/** Decodes a text file, detecting its encoding from a BOM, UTF-8 validity, UTF-16 zero bytes, then GB18030. */
export function decode(bytes: Uint8Array): Decoded {
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

/** UTF-16 without BOM shows as a zero byte in every other position for ASCII text such as line breaks. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.2 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.2 && oddZeros === 0) return "utf-16be";
  return null;
}
