// The thread of the corpus-wide steps that need only the passages' texts (startTextSteps in text-steps.ts): it sends
// the stock runs first, which the review waits for, then the look-alikes.
import { parentPort, workerData } from "node:worker_threads";
import type { Comparand, LookalikeOptions } from "../../src/similarity/find-lookalikes.ts";
import { runTextSteps } from "./text-steps.ts";

const { items, reports, options } = workerData as { items: Comparand[]; reports: number; options: LookalikeOptions };
runTextSteps(items, reports, options, (message) => parentPort?.postMessage(message));
