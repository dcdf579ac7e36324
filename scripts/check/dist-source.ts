import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { reportDataPath } from "../../src/lib/urls.ts";
import { checkChunkSchema, checkManifestSchema, checkParseOptionsSchema, checkReportTextSchema, themeModelSchema, type CheckParseOptions } from "../../src/schemas/check-index.ts";
import type { IndexSource } from "../../src/similarity/check/check-draft.ts";
import { prescribedListsSchema, type PrescribedList } from "../../src/schemas/prescribed.ts";
import { decodeShard } from "../../src/similarity/check/shard-codec.ts";
import type { ThemeModel } from "../../src/themes/model.ts";

/** The 查重 index of a built site, read from its dist/data/check/ as the page fetches it, with the prescribed lists a draft is reviewed against. */
export async function distSource(dist: string): Promise<{ source: IndexSource; parse: CheckParseOptions; model: ThemeModel; lists: PrescribedList[] }> {
  const dir = join(dist, "data", "check");
  let manifest;
  try {
    manifest = checkManifestSchema.parse(JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")));
  } catch (error) {
    throw new Error(`${dir}/manifest.json 读不出（${(error as Error).message}）：请先运行 npm run build 生成站点，或用 --dist= 指向已构建的站点。`);
  }
  const parse = checkParseOptionsSchema.parse(JSON.parse(await readFile(join(dir, "parse.json"), "utf8")));
  const model: ThemeModel = themeModelSchema.parse(JSON.parse(await readFile(join(dist, "data", "themes-model.json"), "utf8")));
  const lists = prescribedListsSchema.parse(JSON.parse(await readFile(join(dist, "data", "prescribed.json"), "utf8")));
  return {
    parse,
    model,
    lists,
    source: {
      manifest,
      shard: async (n) => decodeShard(new Uint8Array(await readFile(join(dir, "shards", `${n}.bin`)))),
      chunk: async (n) => checkChunkSchema.parse(JSON.parse(await readFile(join(dir, "passages", `${n}.json`), "utf8"))),
      text: async (id) => checkReportTextSchema.parse(JSON.parse(await readFile(join(dist, reportDataPath(id)), "utf8"))),
    },
  };
}
