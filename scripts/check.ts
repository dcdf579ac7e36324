// npm run check -- FILE… : 查重 of drafts against a built site's corpus (dist/data/check/, made by npm run build).
// Flags: --json (one JSON object per file), --max=0.3 (exit 1 when a draft's 重复率 is above it), --dist=DIR.
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { checkDraft } from "../src/similarity/check/check-draft.ts";
import { parseDraft } from "../src/similarity/check/parse-draft.ts";
import { percent, resultJson, topSources } from "../src/similarity/check/summary.ts";
import { distSource } from "./check/dist-source.ts";
import { readDocx } from "./sources/read-docx.ts";
import { readSource } from "../src/parse/sources/read-source.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = args.includes("--json");
const max = flag("max") === undefined ? undefined : Number(flag("max"));
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0 || (max !== undefined && !(max >= 0 && max <= 1))) {
  console.error("用法：npm run check -- 草稿.txt [草稿2.docx …] [--json] [--max=0.3] [--dist=dist]");
  process.exit(2);
}

const { source, parse, model } = await distSource(resolve(flag("dist") ?? "dist"));
let above = 0;
let failed = 0;
for (const file of files) {
  try {
    const read = await readSource(file, new Uint8Array(await readFile(file)), { docxText: readDocx });
    const draft = await parseDraft(read.text, basename(file), parse, model);
    const result = await checkDraft(draft.items, source);
    if (max !== undefined && result.share > max) above++;
    if (json) {
      console.log(JSON.stringify(resultJson(file, result)));
      continue;
    }
    console.log(`\n${file}\n  文字重复率 ${percent(result.share)}（${result.copied} / ${result.han} 个汉字），${result.items.filter((i) => i.matches.length).length} / ${result.items.length} 条有相似来源`);
    for (const s of topSources(result)) console.log(`  ${String(s.items).padStart(3)} 条  ${String(s.chars).padStart(5)} 字  ${s.report.title}  ${s.report.url}`);
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    if (json) console.log(JSON.stringify({ file, error: message }));
    else console.error(`\n${file}\n  无法查重：${message}`);
  }
}
if (max !== undefined && above > 0) console.error(`\n${above} 篇草稿的文字重复率高于 ${percent(max)}。`);
process.exit(failed > 0 ? 2 : above > 0 ? 1 : 0);
