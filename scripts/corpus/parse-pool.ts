import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ProcessOptions } from "../../src/parse/process-report.ts";
import { readOne } from "./read-one.ts";
import type { SourceResult } from "./source-cache.ts";

/** One source to read: what {@link readOne} takes besides the options. */
export interface ParseJob {
  dir: string;
  source: string;
  bytes: Uint8Array;
  sidecarPath: string | undefined;
}

/** Reads sources, on worker threads when there are enough of them to repay starting the threads. */
export interface ParsePool {
  read(job: ParseJob): Promise<SourceResult>;
  close(): Promise<void>;
}

/** Below this many sources to parse, threads cost more to start (each loads the pipeline) than they save. */
const minJobsForThreads = 64;

/** A pool of one worker per core for `jobs` sources, or the calling thread alone for a few. */
export function parsePool(options: ProcessOptions, jobs: number, threads = availableParallelism()): ParsePool {
  if (jobs < minJobsForThreads || threads < 2) {
    return { read: (j) => readOne(j.dir, j.source, j.bytes, j.sidecarPath, options), close: async () => {} };
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
