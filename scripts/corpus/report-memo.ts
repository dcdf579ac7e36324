// A corpus-wide step's result per report, as the last ingest found it, under the digest of everything it was made
// from: after a small change the step runs again only for the reports whose inputs changed.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileLines } from "../../src/lib/file-lines.ts";
import { writeStreamed } from "../emit/write-changed.ts";

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
 * a missing file, or one made by other code (`version`), recalls nothing.
 */
export async function openReportMemo<T>(file: string, version: string): Promise<ReportMemo<T>> {
  const last = new Map<string, [string, T]>();
  let first = true;
  for await (const line of fileLines(file, { ifAny: true })) {
    if (first) {
      first = false;
      if (line !== JSON.stringify(version)) break;
      continue;
    }
    const [id, inputs, value] = JSON.parse(line) as [string, string, T];
    last.set(id, [inputs, value]);
  }
  const next: string[] = [];
  return {
    get(id, inputs) {
      const found = last.get(id);
      return found?.[0] === inputs ? found[1] : undefined;
    },
    set(id, inputs, value) {
      next.push(`${JSON.stringify([id, inputs, value])}\n`);
    },
    async save() {
      await mkdir(dirname(file), { recursive: true });
      await writeStreamed(file, [`${JSON.stringify(version)}\n`, ...next]);
    },
  };
}
