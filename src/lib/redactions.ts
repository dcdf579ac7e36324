/**
 * Placeholders authors use for redacted names and numbers: `xx`, `XXX`, `××`, `**`, `***`, `____`, `某某`,
 * a year `20**` / `202X`, and a lone `x` or `*` standing for a number or a name inside Chinese text (`x人`, `到*村`).
 * A lone letter next to Latin letters (`Excel`) or a footnote star after a comma stays as it is.
 */
export const redaction =
  /(20(?:\d[xX×*]|[xX×*]{2})(?![\dA-Za-z])|[xX×]{2,}|\*{2,}|_{2,}|＿{2,}|某某|(?<![A-Za-z\d])[xX×](?=\p{Script=Han})|(?<=\p{Script=Han})\*(?=\p{Script=Han}))/u;

/** Splits text into plain parts and redaction placeholders, alternating, plain first. */
export function splitRedactions(text: string): string[] {
  return text.split(redaction);
}
