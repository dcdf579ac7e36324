import { createReadStream } from "node:fs";
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
