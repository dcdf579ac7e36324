import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { defaultLookalikeOptions, findLookalikes, type Comparand, type LookalikeOptions, type Lookalikes } from "../../src/similarity/find-lookalikes.ts";

/** Below this many passages, a thread costs more to start (it loads the similarity code) than it saves. */
const minPassagesForThread = 2_000;

/**
 * Starts finding the corpus's look-alikes (src/similarity/find-lookalikes.ts) on a thread of its own, so that the
 * other corpus-wide steps (training, cross-links, the stock runs and the review) go on meanwhile on the calling
 * thread. At 20,000 reports the look-alikes take some 28 s, the others together about as long: on two cores the two
 * threads end about together (with the stock runs on the thread as well, the calling thread waited 22 s for it). A
 * small corpus is done on the calling thread.
 */
export function startLookalikes(items: Comparand[], options: LookalikeOptions = defaultLookalikeOptions): Promise<Lookalikes> {
  if (items.length < minPassagesForThread || availableParallelism() < 2) return Promise.resolve(findLookalikes(items, options));
  const worker = new Worker(new URL("./lookalikes-worker.ts", import.meta.url));
  worker.postMessage({ items, options });
  const found = Promise.withResolvers<Lookalikes>();
  worker.once("message", (lookalikes: Lookalikes) => {
    found.resolve(lookalikes);
    void worker.terminate();
  });
  worker.once("error", found.reject);
  // A thread that ends before it sent them (killed, out of memory) would leave the build waiting: it fails instead.
  worker.once("exit", (code) => found.reject(new Error(`找相似条目的线程意外结束（退出码 ${code}）：请查看上面的错误信息，内存不够时可减少同时构建的站点。`)));
  return found.promise;
}
