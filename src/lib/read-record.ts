import { readFile } from "node:fs/promises";

/**
 * A record a build left for the next one (a stamp, digests), as parsed JSON; undefined where there is none or it
 * cannot be read (a build killed while writing it): the next build then redoes what the record would have spared.
 */
export async function readRecord(path: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
