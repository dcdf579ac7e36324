/** What a file's first bytes say it is, whatever its extension: a zip (as .docx is), a PDF, an old binary Office file. */
export type Sniffed = "zip" | "pdf" | "ole" | null;

const signatures: [Sniffed, number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** Recognises a binary container by its magic number, so a Word file named `.txt` is still read as Word. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  return signatures.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0] ?? null;
}
