// npm run build: ingest the sources, build the site with Astro, index it with Pagefind, into dist/.
// Flags: --strict (fail on any problem file). Environment: CORPUS_SOURCES, SITE_BASE.
import { join } from "node:path";
import { build } from "astro";
import { ingest } from "./ingest.ts";
import { buildSearchIndex } from "./search/build-index.ts";

const root = join(import.meta.dirname, "..");
const strict = process.argv.includes("--strict") || process.env.CORPUS_STRICT === "1";

async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`[build] ${name} 完成，${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const problems = await stage("解析来源", ingest);
if (strict && problems > 0) {
  console.error(`[build] --strict：${problems} 个文件有问题，构建中止。详见上面的“问题”行。`);
  process.exit(1);
}
await stage("生成站点", () => build({ root, logLevel: "warn" }));
const { records } = await stage("建立检索索引", () => buildSearchIndex(join(root, "dist")));
console.log(`[build] 检索索引 ${records} 条；站点在 dist/`);
