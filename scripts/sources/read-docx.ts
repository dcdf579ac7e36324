import { inflateRawSync } from "node:zlib";

/** How far a .docx may unpack before it is refused, in bytes. */
export interface DocxLimits {
  /** Any one XML part (word/document.xml above all): what mammoth parses, at about 3.4 bytes of memory per byte. */
  part: number;
  /** All entries together, as the zip's directory declares them. */
  total: number;
}

const MB = 2 ** 20;

/**
 * A 100-page report's word/document.xml is a few MB, so 64 MB per part is over ten times the longest plausible one and costs
 * mammoth ~220 MB (not 3.4 GB for 1 GiB), which several parse workers can afford at once. 256 MB in all still takes a report
 * with many photos; beyond that the file is scans or an archive, not a report's text.
 */
export const docxLimits: DocxLimits = { part: 64 * MB, total: 256 * MB };

/** Thrown for a .docx refused before it is read; the message names the part and says what to do. */
export class DocxRefused extends Error {}

/** The text of a .docx file, one paragraph per line (mammoth separates paragraphs with blank lines); throws if unreadable or too large. */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = docxLimits): Promise<string> {
  checkSizes(bytes, limits);
  // Loaded on first use: most corpora have no Word files, and mammoth adds ~0.1 s to start-up.
  const { default: mammoth } = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** One entry of a zip's central directory. */
interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Where its local header starts. */
  offset: number;
}

/** The parts mammoth parses: XML and relationships; images and embedded files are never inflated for the text. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Refuses a .docx by its unpacked sizes before jszip and mammoth inflate it: first the sizes its directory declares (free),
 * then, since a directory can lie, by inflating each XML part with output capped at its declared size (bounded by the limits).
 */
function checkSizes(bytes: Uint8Array, limits: DocxLimits): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip);
  if (!entries) return; // not a zip we can read: jszip says what is wrong with it
  // A stored entry's real size is its compressed size, whatever the other field says.
  const size = (e: Entry) => (e.method === 0 ? Math.max(e.compressed, e.uncompressed) : e.uncompressed);
  for (const entry of entries) {
    if (isXmlPart(entry.name) && size(entry) > limits.part) {
      throw new DocxRefused(
        `Word 文件中的 ${entry.name} 解压后有 ${formatSize(size(entry))}，超过上限 ${formatSize(limits.part)}：一篇对照检查材料远没有这么长，读取会耗尽内存。请用 Word 或 WPS 打开，检查是否误粘贴了大量内容，重新另存为 .docx，或把文字另存为 .txt 后放入。`,
      );
    }
  }
  const total = entries.reduce((sum, e) => sum + size(e), 0);
  if (total > limits.total) {
    throw new DocxRefused(
      `Word 文件解压后共 ${formatSize(total)}，超过上限 ${formatSize(limits.total)}：多半含有大量图片或嵌入的文件。请用 Word 或 WPS 打开，删去图片和嵌入的对象后另存为 .docx，或把文字另存为 .txt 后放入。`,
    );
  }
  for (const entry of entries.filter((e) => e.method === 8 && isXmlPart(e.name))) {
    if (inflatesBeyond(zip, entry)) {
      throw new DocxRefused(
        `Word 文件已损坏或被改动过：${entry.name} 标明解压后 ${formatSize(entry.uncompressed)}，实际解压出的内容更多。请用 Word 或 WPS 打开后重新另存为 .docx，或另存为 .txt。`,
      );
    }
  }
}

/** Whether a deflated entry unpacks to more than its declared size; zlib stops at the cap, so this costs at most that much. */
function inflatesBeyond(zip: Buffer, entry: Entry): boolean {
  try {
    if (zip.readUInt32LE(entry.offset) !== 0x04034b50) return false;
    const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
    inflateRawSync(zip.subarray(start, start + entry.compressed), { maxOutputLength: Math.max(1, entry.uncompressed) });
    return false;
  } catch (error) {
    // Other failures (truncated or corrupt data) are jszip's to report, with its own message.
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
  }
}

/** The entries of a zip's central directory (ZIP64 included), or null when it has none we can read. */
function centralDirectory(zip: Buffer): Entry[] | null {
  try {
    const end = endOfDirectory(zip);
    if (!end) return null;
    const entries: Entry[] = [];
    let at = end.offset;
    for (let i = 0; i < end.count; i++) {
      if (zip.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const entry: Entry = {
        name: zip.toString("utf8", at + 46, at + 46 + nameLength),
        method: zip.readUInt16LE(at + 10),
        compressed: zip.readUInt32LE(at + 20),
        uncompressed: zip.readUInt32LE(at + 24),
        offset: zip.readUInt32LE(at + 42),
      };
      readZip64Extra(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
      entries.push(entry);
      at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
    }
    return entries;
  } catch (error) {
    if (error instanceof RangeError) return null; // a field points outside the file
    throw error;
  }
}

/** Where the central directory starts and how many entries it has, from the end record (and its ZIP64 form). */
function endOfDirectory(zip: Buffer): { offset: number; count: number } | null {
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    const count = zip.readUInt16LE(at + 10);
    const offset = zip.readUInt32LE(at + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
    const locator = at - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== 0x07064b50) return null;
    const record = Number(zip.readBigUInt64LE(locator + 8));
    if (zip.readUInt32LE(record) !== 0x06064b50) return null;
    return { count: Number(zip.readBigUInt64LE(record + 32)), offset: Number(zip.readBigUInt64LE(record + 48)) };
  }
  return null;
}

/** Replaces the 32-bit fields saturated at 0xFFFFFFFF with their ZIP64 values; without them, a saturated size means at least 4 GiB. */
function readZip64Extra(extra: Buffer, entry: Entry): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ["uncompressed", "compressed", "offset"] as const) {
      if (entry[key] !== 0xffffffff || field + 8 > at + 4 + extra.readUInt16LE(at + 2)) continue;
      entry[key] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
    return;
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} 字节`;
}
