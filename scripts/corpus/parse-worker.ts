// A worker thread of the parse pool: reads the sources it is sent, one at a time, with the options it was started with.
import { parentPort, workerData } from "node:worker_threads";
import type { ProcessOptions } from "../../src/parse/process-report.ts";
import type { ParseJob } from "./parse-pool.ts";
import { readOne } from "./read-one.ts";

const options = workerData as ProcessOptions;
parentPort?.on("message", async ({ id, job }: { id: number; job: ParseJob }) => {
  parentPort?.postMessage({ id, result: await readOne(job.dir, job.source, job.bytes, job.sidecarPath, options) });
});
