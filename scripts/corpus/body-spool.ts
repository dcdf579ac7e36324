import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonDigest } from "../../src/lib/digest.ts";
import { readSpan } from "../../src/lib/file-lines.ts";

/** A report's Markdown body as the corpus holds it: its digest, and the text read when its file is written. */
export interface StoredBody {
  digest: string;
  read(): string;
}

/** A body held in memory (a small corpus, a test). */
export function bodyInMemory(text: string): StoredBody {
  return { digest: jsonDigest(text), read: () => text };
}

/** Bodies kept in a file of their own until the reports are written; {@link BodySpool.close} deletes it. */
export interface BodySpool {
  put(text: string): StoredBody;
  close(): void;
}

/**
 * Opens a spool in the system's temporary folder. The corpus-wide steps never read a report's body, and ingest
 * writes only the reports that changed: held in memory, the bodies were a sixth of ingest's heap (some 0.8 GB at
 * 100,000 reports).
 */
export function openBodySpool(): BodySpool {
  const dir = mkdtempSync(join(tmpdir(), "ingest-bodies-"));
  const fd = openSync(join(dir, "bodies"), "w+");
  // Gone from the folder at once, the file lives as long as it is open: a build that dies leaves nothing behind
  // (where the system allows it: Windows does not, and close deletes it there).
  removeFolder(dir);
  let end = 0;
  return {
    put(text) {
      const at = end;
      const length = Buffer.byteLength(text);
      if (writeSync(fd, text, at) !== length) throw new Error(`报告正文的临时文件写不全（${tmpdir()}）：请检查那里的磁盘空间后重新构建。`);
      end += length;
      // The closure keeps where the body is, not the body.
      return {
        digest: jsonDigest(text),
        read: () => readSpan(fd, at, length),
      };
    },
    close() {
      closeSync(fd);
      removeFolder(dir);
    },
  };
}

function removeFolder(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Still open (Windows): deleted on close.
  }
}
