// A minimal zip writer (deflate, UTF-8 names) for building .docx fixtures in tests.
import { crc32, deflateRawSync } from "node:zlib";

/** Packs named files into a zip archive. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    // The fields local and central headers share, at the local header's offsets (the central one's are 2 further):
    // UTF-8 names, deflate, 1980-01-01 00:00, crc, sizes, name length; no extra field or comment.
    const fields = (head: Buffer) => {
      head.writeUInt16LE(0x0800, 6);
      head.writeUInt16LE(8, 8);
      head.writeUInt16LE(0x21, 12);
      head.writeUInt32LE(crc32(data), 14);
      head.writeUInt32LE(packed.length, 18);
      head.writeUInt32LE(data.length, 22);
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
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
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
