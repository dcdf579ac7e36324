import { DecodeError } from "../../src/parse/sources/decode.ts";
import { readSidecar } from "../metadata/read-sidecar.ts";
import { readDocx } from "../sources/read-docx.ts";
import { processReport, type ProcessOptions } from "../../src/parse/process-report.ts";
import { reportTextProblem } from "../../src/parse/check-report-text.ts";
import { readSource, SourceProblem } from "../../src/parse/sources/read-source.ts";
import { splitReports } from "../../src/parse/split-reports.ts";
import { unescapePasted } from "../../src/parse/normalize/unescape-pasted.ts";
import type { SourceMeta } from "../../src/schemas/source-meta.ts";
import { markdownBody } from "../emit/write-report.ts";
import type { SourceResult } from "./source-cache.ts";

/** Reads, checks and processes one source (into several reports where it holds several); never throws: what went wrong is in `problems`. */
export async function readOne(dir: string, source: string, bytes: Uint8Array, sidecarPath: string | undefined, options: ProcessOptions): Promise<SourceResult> {
  const result: SourceResult = { format: null, encoding: null, processed: [], problems: [], notes: [] };
  try {
    const read = await readSource(source, bytes, { docxText: readDocx });
    const { format, encoding, warnings } = read;
    // Text copied off a web page may keep its escapes (x0dx0a for line breaks, &ldquo;): undone before anything reads it.
    const { text, note: unescaped } = format === "docx" ? { text: read.text, note: "" } : unescapePasted(read.text);
    if (unescaped) result.notes.push(unescaped);
    Object.assign(result, { format, encoding });
    // Replaced bytes are a problem (text was lost; --strict fails) on a file that is still read.
    result.problems.push(...warnings);
    const notReport = reportTextProblem(text);
    if (notReport) throw new SourceProblem(notReport);
    const sidecar = await loadSidecar(dir, sidecarPath, result.problems);
    const { parts, note } = splitReports(text);
    if (note) result.notes.push(note);
    for (const [k, part] of parts.entries()) {
      const label = parts.length > 1 ? `第 ${k + 1} 篇：` : "";
      const partProblem = parts.length > 1 ? reportTextProblem(part) : null;
      if (partProblem) {
        result.problems.push(`${label}${partProblem}`);
        continue;
      }
      const { tree, ...processed } = await processReport(part, source, options, { format, sidecar, part: parts.length > 1 ? k + 1 : 0 });
      result.processed.push({ ...processed, body: markdownBody(tree) });
      result.problems.push(...processed.warnings.map((w) => `${label}${w}`));
      result.notes.push(...processed.notes.map((n) => `${label}${n}`));
    }
  } catch (error) {
    result.problems.push(describe(error));
  }
  return result;
}

/** The source's sidecar overrides; a broken sidecar is noted on the row and ignored. */
async function loadSidecar(dir: string, path: string | undefined, problems: string[]): Promise<SourceMeta | undefined> {
  if (!path) return undefined;
  try {
    return await readSidecar(dir, path);
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
}

/** The message for a file that failed: ours say what to do; anything else is a bug to report. */
export function describe(error: unknown): string {
  if (error instanceof SourceProblem || error instanceof DecodeError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `解析时出错（${reason}）：这是构建程序的问题，请把此文件和这条信息交给维护者。`;
}
