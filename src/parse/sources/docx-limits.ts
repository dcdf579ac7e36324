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
 * The same in Node and in the browser (DataView, DecompressionStream).
 */
export async function checkDocxSizes(bytes: Uint8Array, limits: DocxLimits = docxLimits): Promise<void> {
  const zip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip, bytes);
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
    if (await inflatesBeyond(zip, bytes, entry)) {
      throw new DocxRefused(
        `Word 文件已损坏或被改动过：${entry.name} 标明解压后 ${formatSize(entry.uncompressed)}，实际解压出的内容更多。请用 Word 或 WPS 打开后重新另存为 .docx，或另存为 .txt。`,
      );
    }
  }
}

/** Whether a deflated entry unpacks to more than its declared size; reading stops past it, so this costs at most that much. */
async function inflatesBeyond(zip: DataView, bytes: Uint8Array, entry: Entry): Promise<boolean> {
  if (entry.offset + 30 > zip.byteLength || zip.getUint32(entry.offset, true) !== 0x04034b50) return false;
  const start = entry.offset + 30 + zip.getUint16(entry.offset + 26, true) + zip.getUint16(entry.offset + 28, true);
  const reader = new Blob([bytes.slice(start, start + entry.compressed)]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let out = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      out += value.byteLength;
      if (out > Math.max(1, entry.uncompressed)) {
        await reader.cancel();
        return true;
      }
    }
  } catch {
    // Truncated or corrupt data is jszip's to report, with its own message.
    return false;
  }
}

/** The entries of a zip's central directory (ZIP64 included), or null when it has none we can read. */
function centralDirectory(zip: DataView, bytes: Uint8Array): Entry[] | null {
  try {
    const end = endOfDirectory(zip);
    if (!end) return null;
    const names = new TextDecoder();
    const entries: Entry[] = [];
    let at = end.offset;
    for (let i = 0; i < end.count; i++) {
      if (zip.getUint32(at, true) !== 0x02014b50) return null;
      const nameLength = zip.getUint16(at + 28, true);
      const extraLength = zip.getUint16(at + 30, true);
      const entry: Entry = {
        name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        method: zip.getUint16(at + 10, true),
        compressed: zip.getUint32(at + 20, true),
        uncompressed: zip.getUint32(at + 24, true),
        offset: zip.getUint32(at + 42, true),
      };
      readZip64Extra(new DataView(zip.buffer, zip.byteOffset + at + 46 + nameLength, extraLength), entry);
      entries.push(entry);
      at += 46 + nameLength + extraLength + zip.getUint16(at + 32, true);
    }
    return entries;
  } catch (error) {
    if (error instanceof RangeError) return null; // a field points outside the file
    throw error;
  }
}

/** Where the central directory starts and how many entries it has, from the end record (and its ZIP64 form). */
function endOfDirectory(zip: DataView): { offset: number; count: number } | null {
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 0xffff); at--) {
    if (zip.getUint32(at, true) !== 0x06054b50) continue;
    const count = zip.getUint16(at + 10, true);
    const offset = zip.getUint32(at + 16, true);
    if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
    const locator = at - 20;
    if (locator < 0 || zip.getUint32(locator, true) !== 0x07064b50) return null;
    const record = Number(zip.getBigUint64(locator + 8, true));
    if (zip.getUint32(record, true) !== 0x06064b50) return null;
    return { count: Number(zip.getBigUint64(record + 32, true)), offset: Number(zip.getBigUint64(record + 48, true)) };
  }
  return null;
}

/** Replaces the 32-bit fields saturated at 0xFFFFFFFF with their ZIP64 values; without them, a saturated size means at least 4 GiB. */
function readZip64Extra(extra: DataView, entry: Entry): void {
  for (let at = 0; at + 4 <= extra.byteLength; at += 4 + extra.getUint16(at + 2, true)) {
    if (extra.getUint16(at, true) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ["uncompressed", "compressed", "offset"] as const) {
      if (entry[key] !== 0xffffffff || field + 8 > at + 4 + extra.getUint16(at + 2, true)) continue;
      entry[key] = Number(extra.getBigUint64(field, true));
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
