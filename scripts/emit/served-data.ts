import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { corpusJsonLines } from "../../src/lib/corpus-export.ts";
import { pageReport } from "../../src/lib/page-report.ts";
import type { BuildFile } from "../../src/schemas/build-file.ts";
import type { Report } from "../../src/schemas/report.ts";
import { removeAllBut, writeAllChanged, writeStreamed } from "./write-changed.ts";

/** A report as ingest holds it once reviewed. */
export interface ServedReport {
  id: string;
  data: Report;
}

/**
 * Writes the site's data files that are data only (src/integrations/served-data.ts serves and copies them): each
 * report's data/reports/<id>.json (only those that changed; those of reports gone are deleted) and data/corpus.json,
 * a report a line. Made here, where the reports are in memory, the site stage reads no report to make them.
 * `reports` gives them in corpus order, made one at a time each time it is called. The reports `same` names are
 * known to be as their files were last written: where a file is there, it is neither made nor read.
 */
export async function writeServedData(reports: () => Iterable<ServedReport>, files: BuildFile[], dir: string, same = new Set<string>()): Promise<{ written: number }> {
  const reportsDir = join(dir, "data", "reports");
  await mkdir(reportsDir, { recursive: true });
  const names = new Set<string>();
  const onFile = new Set(await readdir(reportsDir));
  const written = await writeAllChanged(
    (function* () {
      for (const { id, data } of reports()) {
        const name = `${id}.json`;
        names.add(name);
        if (same.has(id) && onFile.has(name)) continue;
        yield { path: join(reportsDir, name), text: `${JSON.stringify(pageReport(id, data))}\n` };
      }
    })(),
  );
  await removeAllBut(reportsDir, names);
  await writeStreamed(join(dir, "data", "corpus.json"), corpusJsonLines(reports(), files.map((f) => ({ id: f.id, data: f }))));
  return { written };
}
