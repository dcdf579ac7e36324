import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";

/** Records sent to Pagefind before waiting for its answers: the service reads them in order, so output stays deterministic. */
const batch = 25;

/**
 * Builds one index from its records and writes it; a merged shard keeps only its data, the primary has the code.
 * The records are read as they come, a batch at a time: only Pagefind holds the whole shard.
 */
export async function writeIndex(records: AsyncIterable<CustomRecord> | Iterable<CustomRecord>, outputPath: string, merged: boolean): Promise<void> {
  // forceLanguage keeps Pagefind from segmenting or stemming differently per page.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join("; ")}`);
    let chunk: CustomRecord[] = [];
    const send = async () => {
      const added = await Promise.all(chunk.map((record) => index.addCustomRecord(record)));
      added.forEach((a, j) => {
        if (a.errors.length > 0) throw new Error(`Pagefind 拒绝了 ${chunk[j]?.url}：${a.errors.join("; ")}`);
      });
      chunk = [];
    };
    for await (const record of records) {
      chunk.push(record);
      if (chunk.length === batch) await send();
    }
    await send();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join("; ")}`);
    // The search page has its own UI, and a merged shard runs on the primary's code and WebAssembly.
    const unused = merged ? /^(pagefind[^.]*\.js|pagefind-.*\.css|wasm\..*)$/ : /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
    const files = (await readdir(written.outputPath)).filter((f) => unused.test(f));
    await Promise.all(files.map((f) => rm(join(written.outputPath, f))));
    await slimFragments(join(written.outputPath, "fragment"));
  } finally {
    // Closing stops Pagefind's service, returning the shard's memory before the next one is built.
    await pagefind.close();
  }
}

/** What starts a Pagefind file once it is unzipped. */
const signature = "pagefind_dcd";

/**
 * Empties the `content` of each fragment Pagefind wrote. It is the indexed character pairs, which the
 * search page never shows (it reads the passages from the meta), and it was two thirds of a fragment.
 */
async function slimFragments(dir: string): Promise<void> {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith(".pf_fragment")).sort()) {
    const path = join(dir, name);
    const text = gunzipSync(await readFile(path)).toString("utf8");
    if (!text.startsWith(signature)) throw new Error(`Pagefind 片段 ${name} 的格式不认识：请检查 Pagefind 的版本`);
    const fragment = JSON.parse(text.slice(signature.length)) as { content: string };
    fragment.content = "";
    await writeFile(path, gzipSync(signature + JSON.stringify(fragment), { level: 9 }));
  }
}
