import { createReadStream, readSync } from "node:fs";
import { createInterface } from "node:readline";

/**
 * The lines of a text file (UTF-8), one at a time, so no reader holds a file of many records (a report a line) as one
 * string. `ifAny`: a missing file has no lines, rather than failing.
 */
export async function* fileLines(path: string, { ifAny = false } = {}): AsyncGenerator<string> {
  try {
    yield* createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  } catch (error) {
    if (!ifAny || (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** The UTF-8 text of `length` bytes of an open file from byte `at` (fewer where the file ends sooner). */
export function readSpan(fd: number, at: number, length: number): string {
  const bytes = Buffer.alloc(length);
  return bytes.toString("utf8", 0, readSync(fd, bytes, 0, length, at));
}
