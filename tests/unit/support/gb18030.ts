// Encodes text as GB18030 for tests: Node has no GB encoder, so the decoder's two-byte table is inverted.

let table: Map<string, number[]> | undefined;

/** BMP character → its GB18030 bytes, built once by decoding every two-byte and every BMP four-byte sequence. */
function gbTable(): Map<string, number[]> {
  if (table) return table;
  const found = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  const add = (bytes: number[]) => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if (char.length === 1 && char !== "\ufffd" && !found.has(char)) found.set(char, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  table = found;
  return found;
}

/** The text in GB18030 (ASCII as is, the rest of the BMP through the table); throws on characters beyond the BMP. */
export function encodeGb18030(text: string): Uint8Array {
  const codes = gbTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`encodeGb18030: “${char}” (U+${code.toString(16)}) is not in the table`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
