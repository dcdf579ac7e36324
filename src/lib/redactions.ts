/** Placeholders authors use for redacted names (`xx`, `XX`, `××`, `***`, `某某`). */
const redaction = /([xX]{2,}|×{2,}|\*{3,}|某某)/u;

/** Splits text into plain parts and redaction placeholders, alternating, plain first. */
export function splitRedactions(text: string): string[] {
  return text.split(redaction);
}
