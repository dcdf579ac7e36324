import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ProcessOptions } from "../../src/parse/process-report.ts";
import { readOne } from "./read-one.ts";
import type { SourceResult } from "./source-cache.ts";

/** One source to read: where it is; its bytes are read when it is parsed ({@link parseJob}). */
export interface ParseJob {
  dir: string;
  source: string;
  sidecarPath: string | undefined;
}

/** Reads sources, on worker threads when there are enough of them to repay starting the threads. */
export interface ParsePool {
  read(job: ParseJob): Promise<SourceResult>;
  close(): Promise<void>;
}

/** Reads a source's bytes and {@link readOne}s them; a file gone since it was listed is a problem of its row. */
export async function parseJob({ dir, source, sidecarPath }: ParseJob, options: ProcessOptions): Promise<SourceResult> {
  const bytes = await readFile(join(dir, source)).catch(() => null);
  if (bytes === null) {
    return { format: null, encoding: null, processed: [], problems: ["构建中途读不到这个文件了（被移走、删除或改了权限）：请确认文件在原处，再构建一次。"], notes: [] };
  }
  return readOne(dir, source, bytes, sidecarPath, options);
}

/** Below this many sources to parse, threads cost more to start (each loads the pipeline) than they save. */
const minJobsForThreads = 64;

/** A pool of one worker per core for `jobs` sources, or the calling thread alone for a few. */
export function parsePool(options: ProcessOptions, jobs: number, threads = availableParallelism()): ParsePool {
  if (jobs < minJobsForThreads || threads < 2) {
    return { read: (j) => parseJob(j, options), close: async () => {} };
  }
  const waiting = new Map<number, (result: SourceResult) => void>();
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { workerData: options });
    worker.on("message", ({ id, result }: { id: number; result: SourceResult }) => {
      waiting.get(id)?.(result);
      waiting.delete(id);
    });
    // A crashed thread is a bug in the pipeline: fail the build rather than wait forever.
    worker.on("error", (error) => {
      throw error;
    });
    return worker;
  });
  let next = 0;
  return {
    read(job) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        // Round robin: sources are of similar size, and each thread works through its queue in order.
        workers[id % workers.length]?.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
