import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { prescribedListSchema, type PrescribedList } from "../../src/schemas/prescribed.ts";
import { listKey } from "../../src/review/prescribed.ts";

/**
 * Reads every `content/prescribed/<year>-<meeting>.yaml`, validated by the schema the site uses; the file's name must be
 * the key of what it holds, so that a list is found where a person editing the folder expects it.
 */
export async function loadPrescribed(dir: string): Promise<PrescribedList[]> {
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".yaml")).sort();
  return Promise.all(
    files.map(async (f) => {
      const path = join(dir, f);
      const parsed = prescribedListSchema.safeParse(parse(await readFile(path, "utf8")));
      if (!parsed.success) throw new Error(`${path}：${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`);
      const key = listKey(parsed.data.year, parsed.data.meeting);
      if (f !== `${key}.yaml`) throw new Error(`${path}：文件写的是 ${key}，文件名应为 ${key}.yaml`);
      return parsed.data;
    }),
  );
}
