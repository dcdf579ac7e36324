// Taking an outline away: a .docx (the Word library is fetched from this site only now, on first export),
// a .txt, or the clipboard. Files are handed over as data: addresses, so nothing is requested for them.
import type { Outline } from "../../collection/outline.ts";
import { outlineText } from "../../collection/render-text.ts";

/** A file name from a title: characters Windows forbids in names taken out, cut to a usable length. */
export function fileName(title: string, extension: string): string {
  const name = title.replace(/[\\/:*?"<>|\s]+/gu, "").slice(0, 60) || "对照检查材料";
  return `${name}.${extension}`;
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsDataURL(blob);
  });
}

async function save(blob: Blob, name: string): Promise<void> {
  const link = document.createElement("a");
  link.href = await readAsDataUrl(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

export async function downloadWord(outline: Outline): Promise<void> {
  const [{ Packer }, { outlineDocument }] = await Promise.all([import("docx"), import("../../collection/docx-document.ts")]);
  const blob = await Packer.toBlob(outlineDocument(outline));
  await save(blob, fileName(outline.title, "docx"));
}

export async function downloadText(outline: Outline): Promise<void> {
  // A byte-order mark, so that Notepad on older Windows reads the file as UTF-8.
  await save(new Blob(["\ufeff", outlineText(outline).replace(/\n/g, "\r\n")], { type: "text/plain;charset=utf-8" }), fileName(outline.title, "txt"));
}

/** Copies the outline as text; false where the browser does not allow it. */
export async function copyText(outline: Outline): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(outlineText(outline));
    return true;
  } catch {
    return false;
  }
}
