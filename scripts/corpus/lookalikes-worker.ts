// The thread that finds the corpus's look-alikes (startLookalikes in lookalikes-thread.ts) while the calling thread goes on.
import { parentPort } from "node:worker_threads";
import { comparedLetters, lookalikesOfLetters, type Comparand, type LookalikeOptions } from "../../src/similarity/find-lookalikes.ts";

// The passages come as a message, not as workerData (which a thread keeps all its life): once their letters are
// made, the texts are let go before the search begins, and the thread holds one copy of the corpus, not two.
parentPort?.once("message", ({ items, options }: { items: Comparand[]; options: LookalikeOptions }) => {
  const { groups, letters } = comparedLetters(items);
  setImmediate(() => {
    const found = lookalikesOfLetters(groups, letters, options);
    // Handed over, not copied.
    parentPort?.postMessage(found, [found.index.buffer, found.jaccard.buffer, found.containment.buffer, found.echoesEarlier.buffer]);
  });
});
