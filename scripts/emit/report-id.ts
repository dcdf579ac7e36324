import { createHash } from "node:crypto";

/**
 * The report's id from its source path (and, for a file holding several reports, its number in the file, `-2`):
 * readable when the path is ASCII, hashed otherwise, never order-dependent.
 */
export function reportId(source: string, part = 0): string {
  const id = sourceId(source);
  return part > 0 ? `${id}-${part}` : id;
}

function sourceId(source: string): string {
  // .txt is the common case and keeps its plain name; other types keep theirs so a.txt and a.docx differ.
  const stem = source.replace(/\.txt$/i, "").replace(/\.([^./]+)$/, "-$1");
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // A path with Chinese or other non-ASCII words would slug to something ambiguous; the hash keeps it unique.
  const ascii = /^[\x20-\x7e]*$/.test(stem);
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 8);
  if (ascii && slug) return slug;
  return slug ? `${slug.slice(0, 40)}-${hash}` : `r-${hash}`;
}
