// A worker thread of the parse pool: reads the sources it is sent one after another (a source's bytes are read
// only when its turn comes, so a long queue holds paths, not files), with the options it was started with.
import { parentPort, workerData } from "node:worker_threads";
import type { ProcessOptions } from "../../src/parse/process-report.ts";
import { parseJob, type ParseJob } from "./parse-pool.ts";

const options = workerData as ProcessOptions;
let queue = Promise.resolve();
parentPort?.on("message", ({ id, job }: { id: number; job: ParseJob }) => {
  queue = queue.then(async () => parentPort?.postMessage({ id, result: await parseJob(job, options) }));
});
