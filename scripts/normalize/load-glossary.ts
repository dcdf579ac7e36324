import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import type { Glossary } from "../../src/parse/normalize/normalize-text.ts";

/** Reads `content/glossary.yaml` (stand-in: word) into a lookup keyed by lower-case stand-in. */
export async function loadGlossary(path: string): Promise<Glossary> {
  const data: unknown = parse(await readFile(path, "utf8")) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error(`${path}: 应为“替身: 原词”的映射`);
  const entries = Object.entries(data as Record<string, unknown>).map(([k, v]) => {
    if (typeof v !== "string" || !/^[A-Za-z]+$/.test(k)) throw new Error(`${path}: “${k}” 应为拉丁字母替身，对应一个中文词`);
    return [k.toLowerCase(), v] as const;
  });
  return new Map(entries);
}
