import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { themeFrontmatterSchema, type Lexicon } from "../../src/schemas/theme.ts";

/** Reads every `content/themes/<id>.md` frontmatter, validated by the same schema the site uses. */
export async function loadThemes(dir: string): Promise<Lexicon[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".md")).sort();
  const themes = await Promise.all(
    files.map(async (f) => {
      const raw = await readFile(join(dir, f), "utf8");
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1];
      if (yaml === undefined) throw new Error(`${join(dir, f)}: 缺少 --- 包围的 frontmatter`);
      const parsed = themeFrontmatterSchema.safeParse(parse(yaml));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.message}`);
      return { id: f.replace(/\.md$/, ""), ...parsed.data };
    }),
  );
  return themes.sort((a, b) => a.order - b.order);
}
