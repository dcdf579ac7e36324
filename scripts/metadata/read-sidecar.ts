import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourceMeta } from "../../src/schemas/source-meta.ts";
import { decode } from "../../src/parse/sources/decode.ts";
import { parseSourceMeta } from "../../src/parse/metadata/parse-source-meta.ts";

/** Reads a sidecar `<source>.meta.yaml` (in any encoding the sources may have); throws an Error naming it and what to fix. */
export async function readSidecar(dir: string, path: string): Promise<SourceMeta> {
  try {
    return parseSourceMeta(decode(await readFile(join(dir, path))).text);
  } catch (error) {
    throw new Error(`旁注文件“${path}”有误，已忽略：${(error as Error).message}。请按 README 中“旁注文件”一节的格式修改。`);
  }
}
