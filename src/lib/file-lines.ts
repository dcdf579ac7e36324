import { closeSync, createReadStream, openSync, readSync } from "node:fs";
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

/**
 * The JSON string a line begins with after `prefix` (`[` of an array, `{"id":` of a record), decoded, without parsing
 * the rest of the line: a key for {@link indexLines}. Undefined where the line does not begin so.
 */
export function leadingString(line: string, prefix: string): string | undefined {
  if (!line.startsWith(prefix)) return undefined;
  const string = /"(?:[^"\\]|\\.)*"/y;
  string.lastIndex = prefix.length;
  const found = string.exec(line)?.[0];
  return found === undefined ? undefined : (JSON.parse(found) as string);
}

/** The lines of a file found by key, each read when asked for ({@link indexLines}). */
export interface IndexedLines {
  readonly size: number;
  /** The line of this key, without its line break; undefined where the file has none. */
  get(key: string): string | undefined;
  keys(): Iterable<string>;
  /** Lets go of the file (which a new one may already have replaced). */
  close(): void;
}

/**
 * The lines of a file (a record a line) by the key `keyOf` finds in each (none: the line is not found by key), or
 * none when there is no file. Only where each line is, is held, not the lines: a file of a record per report is
 * hundreds of megabytes at 100,000 reports.
 */
export async function indexLines(path: string, keyOf: (line: string, index: number) => string | undefined): Promise<IndexedLines> {
  const at = new Map<string, [number, number]>();
  let offset = 0;
  let index = 0;
  for await (const line of fileLines(path, { ifAny: true })) {
    const length = Buffer.byteLength(line);
    const key = keyOf(line, index++);
    if (key !== undefined) at.set(key, [offset, length]);
    offset += length + 1;
  }
  // Opened now: a new file is written beside this one and renamed over it, and this one stays readable.
  const fd = at.size > 0 ? openSync(path, "r") : undefined;
  return {
    size: at.size,
    get(key) {
      const where = at.get(key);
      return where && fd !== undefined ? readSpan(fd, ...where) : undefined;
    },
    keys: () => at.keys(),
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}
