// The thread that finds the corpus's look-alikes (startLookalikes in lookalikes-thread.ts) while the calling thread goes on.
import { parentPort, workerData } from "node:worker_threads";
import { findLookalikes, type Comparand, type LookalikeOptions } from "../../src/similarity/find-lookalikes.ts";

const { items, options } = workerData as { items: Comparand[]; options: LookalikeOptions };
parentPort?.postMessage(findLookalikes(items, options));
