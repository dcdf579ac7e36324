// The thread that finds the corpus's look-alikes (startLookalikes in lookalikes-thread.ts) while the calling thread goes on.
import { parentPort, workerData } from "node:worker_threads";
import { lookalikesOfLetters, type LookalikeOptions } from "../../src/similarity/find-lookalikes.ts";

const { groups, letters, options } = workerData as { groups: number[]; letters: string[]; options: LookalikeOptions };
parentPort?.postMessage(lookalikesOfLetters(groups, letters, options));
