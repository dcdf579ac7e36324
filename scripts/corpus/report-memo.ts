// A corpus-wide step's result per report, as the last ingest found it, under the digest of everything it was made
// from: after a small change the step runs again only for the reports whose inputs changed.
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { indexLines, leadingString } from "../../src/lib/file-lines.ts";

/** One step's results by report id, each with the digest of its inputs. */
export interface ReportMemo<T> {
  /** The result the last ingest recorded for this report, if it was made from inputs of this digest. */
  get(id: string, inputs: string): T | undefined;
  /** Records a report's result for the next ingest (every report's, recalled or made: the others are dropped). */
  set(id: string, inputs: string, value: T): void;
  /** Writes the recorded results, replacing the last ingest's. */
  save(): Promise<void>;
}

/**
 * Opens a memo file (a line per report: `[id, inputs, value]`, after a first line naming the code it was made with);
 * a missing file, or one made by other code (`version`), recalls nothing. Neither the results recalled nor those
 * recorded are held: a result is read from the last file when asked for, and one recorded goes to the new file at
 * once (the review's were 280 MB at 100,000 reports, and held both ways).
 */
export async function openReportMemo<T>(file: string, version: string): Promise<ReportMemo<T>> {
  const head = JSON.stringify(version);
  let current = false;
  const last = await indexLines(file, (line, i) => {
    if (i === 0) current = line === head;
    return current && i > 0 ? leadingString(line, "[") : undefined;
  });
  await mkdir(dirname(file), { recursive: true });
  const next = `${file}.${process.pid}.tmp`;
  const out = openSync(next, "w");
  writeSync(out, `${head}\n`);
  return {
    get(id, inputs) {
      const line = last.get(id);
      // The inputs are told from the line's beginning: a line of other inputs is not parsed.
      if (line === undefined || !line.startsWith(`${JSON.stringify([id, inputs]).slice(0, -1)},`)) return undefined;
      return (JSON.parse(line) as [string, string, T])[2];
    },
    set(id, inputs, value) {
      writeSync(out, `${JSON.stringify([id, inputs, value])}\n`);
    },
    async save() {
      closeSync(out);
      last.close();
      await rename(next, file);
    },
  };
}
