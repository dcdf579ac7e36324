import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { defaultLookalikeOptions, findLookalikes, type Comparand, type LookalikeOptions, type Lookalikes } from "../../src/similarity/find-lookalikes.ts";
import { corpusLetters, corpusStockRuns } from "../review/attach-review.ts";

/** The corpus's stock runs (src/similarity/check/stock-phrases.ts) and the passages' letters they were counted over. */
export interface Stock {
  runs: string[];
  letters: string[][];
}

/** What the thread sends, in this order. */
type TextStepsMessage = { stock: Stock } | { lookalikes: Lookalikes };

/** The stock runs and look-alikes, as they come. */
export interface TextSteps {
  stock: Promise<Stock>;
  lookalikes: Promise<Lookalikes>;
}

/**
 * The corpus's stock runs, counted over each report's passages' letters (sent with them: the review reads them
 * too), then its look-alikes; `send` gets each
 * as soon as it is found. The passages come in corpus order, each with its report's place (of `reports`, some of
 * which may have no passage) as its group.
 */
export function runTextSteps(items: Comparand[], reports: number, options: LookalikeOptions, send: (message: TextStepsMessage) => void): void {
  const letters = corpusLetters(items, reports);
  send({ stock: { runs: corpusStockRuns(letters), letters } });
  // The items come grouped by report in corpus order: the letters flattened are in the items' order.
  send({ lookalikes: findLookalikes(items, options, letters.flat()) });
}

/** Below this many passages, a thread costs more to start (it loads the similarity code) than it saves. */
const minPassagesForThread = 2_000;

/**
 * Starts the corpus-wide steps that need only the passages' texts on a thread of their own, so that the others
 * (training, cross-links, the review once the stock runs are in) go on meanwhile on the calling thread. At 20,000
 * reports the two take some 75 s of the 160 the corpus-wide steps take. A small corpus is done on the calling thread.
 */
export function startTextSteps(items: Comparand[], reports: number, options: LookalikeOptions = defaultLookalikeOptions): TextSteps {
  const found: Partial<{ stock: Stock; lookalikes: Lookalikes }> = {};
  if (items.length < minPassagesForThread || availableParallelism() < 2) {
    runTextSteps(items, reports, options, (message) => Object.assign(found, message));
    return { stock: Promise.resolve(found.stock ?? { runs: [], letters: [] }), lookalikes: Promise.resolve(found.lookalikes ?? { matches: [], echoesEarlier: [] }) };
  }
  const worker = new Worker(new URL("./text-steps-worker.ts", import.meta.url), { workerData: { items, reports, options } });
  const stock = Promise.withResolvers<Stock>();
  const lookalikes = Promise.withResolvers<Lookalikes>();
  worker.on("message", (message: TextStepsMessage) => {
    if ("stock" in message) stock.resolve(message.stock);
    else {
      lookalikes.resolve(message.lookalikes);
      void worker.terminate();
    }
  });
  const fail = (error: Error) => {
    stock.reject(error);
    lookalikes.reject(error);
  };
  worker.once("error", fail);
  // A thread that ends before it sent both (killed, out of memory) would leave the build waiting: it fails instead.
  worker.once("exit", (code) => fail(new Error(`找套话和相似条目的线程意外结束（退出码 ${code}）：请查看上面的错误信息，内存不够时可减少同时构建的站点。`)));
  return { stock: stock.promise, lookalikes: lookalikes.promise };
}
