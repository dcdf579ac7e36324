import { reportDataPath } from "../../lib/urls.ts";
import { checkChunkSchema, checkManifestSchema, checkParseOptionsSchema, checkReportTextSchema, themeModelSchema, type CheckParseOptions } from "../../schemas/check-index.ts";
import type { IndexSource } from "../../similarity/check/check-draft.ts";
import { prescribedListsSchema, type PrescribedList } from "../../schemas/prescribed.ts";
import { decodeShard } from "../../similarity/check/shard-codec.ts";
import type { ThemeModel } from "../../themes/model.ts";

/** Thrown when the index cannot be read; the message says what to do. */
export class IndexUnavailable extends Error {}

async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new IndexUnavailable(`查重索引读不出（${url}：${res.status}）：站点可能没有完整构建，请联系站点维护者重新运行 npm run build。`);
  return res;
}

/**
 * The site's 查重 index, fetched file by file as a check needs them (GETs of static files under the site's
 * base, nothing else) and kept for the next check on this page; with the prescribed lists a draft is reviewed against.
 */
export async function fetchSource(base: string): Promise<{ source: IndexSource; parse: CheckParseOptions; model: ThemeModel; lists: PrescribedList[] }> {
  const dir = `${base}data/check/`;
  const [manifest, parse, model, lists] = await Promise.all([
    get(`${dir}manifest.json`).then(async (r) => checkManifestSchema.parse(await r.json())),
    get(`${dir}parse.json`).then(async (r) => checkParseOptionsSchema.parse(await r.json())),
    get(`${base}data/themes-model.json`).then(async (r): Promise<ThemeModel> => themeModelSchema.parse(await r.json())),
    get(`${base}data/prescribed.json`).then(async (r) => prescribedListsSchema.parse(await r.json())),
  ]);
  const shards = new Map<number, ReturnType<IndexSource["shard"]>>();
  const chunks = new Map<number, ReturnType<IndexSource["chunk"]>>();
  const texts = new Map<string, ReturnType<IndexSource["text"]>>();
  const once = <K, T>(cache: Map<K, Promise<T>>, n: K, load: () => Promise<T>) => {
    let p = cache.get(n);
    if (!p) {
      p = load();
      cache.set(n, p);
      // A failed download is tried again next time rather than remembered.
      p.catch(() => cache.delete(n));
    }
    return p;
  };
  return {
    parse,
    model,
    lists,
    source: {
      manifest,
      shard: (n) => once(shards, n, async () => decodeShard(new Uint8Array(await (await get(`${dir}shards/${n}.bin`)).arrayBuffer()))),
      chunk: (n) => once(chunks, n, async () => checkChunkSchema.parse(await (await get(`${dir}passages/${n}.json`)).json())),
      text: (id) => once(texts, id, async () => checkReportTextSchema.parse(await (await get(`${base}${reportDataPath(id)}`)).json())),
    },
  };
}
