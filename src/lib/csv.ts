/** Rows as CSV (RFC 4180 quoting, CRLF line ends), the first row the header: what spreadsheet programs open. */
export function toCsvRows(rows: string[][]): string {
  const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
