// A minimal zip writer (deflate, UTF-8 names) for building .docx fixtures in tests.
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipOptions {
  /** Uncompressed sizes the directories declare instead of the true ones (to test a lying or huge entry without its bytes); from 4 GiB on, as ZIP64. */
  declare?: Record<string, number>;
}

/** Packs named files into a zip archive. */
export function zip(files: Record<string, string | Uint8Array>, options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const declared = options.declare?.[name] ?? data.length;
    // ZIP64: the 32-bit field saturated, the true size in an extra field (id 1) of the central header.
    const zip64 = declared >= 2 ** 32 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (zip64.length > 0) {
      zip64.writeUInt16LE(1, 0);
      zip64.writeUInt16LE(8, 2);
      zip64.writeBigUInt64LE(BigInt(declared), 4);
    }
    // The fields local and central headers share, at the local header's offsets (the central one's are 2 further):
    // UTF-8 names, deflate, 1980-01-01 00:00, crc, sizes, name length; no extra field or comment.
    const fields = (head: Buffer) => {
      head.writeUInt16LE(0x0800, 6);
      head.writeUInt16LE(8, 8);
      head.writeUInt16LE(0x21, 12);
      head.writeUInt32LE(crc32(data), 14);
      head.writeUInt32LE(packed.length, 18);
      head.writeUInt32LE(Math.min(declared, 0xffffffff), 22);
      head.writeUInt16LE(nameBytes.length, 26);
      return head;
    };
    const local = fields(Buffer.alloc(30));
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = Buffer.alloc(46);
    fields(central.subarray(2));
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(zip64.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes, zip64);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
