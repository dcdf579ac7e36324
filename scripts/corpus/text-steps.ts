import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { defaultLookalikeOptions, findLookalikes, type Comparand, type LookalikeOptions, type Lookalikes } from "../../src/similarity/find-lookalikes.ts";
import { findStockRuns } from "../../src/similarity/check/stock-phrases.ts";
import { comparable } from "../../src/similarity/shingles.ts";

/** What the thread sends, in this order. */
type TextStepsMessage = { stockRuns: string[] } | { lookalikes: Lookalikes };

/** The corpus's stock runs (src/similarity/check/stock-phrases.ts) and look-alikes, as they come. */
export interface TextSteps {
  stockRuns: Promise<string[]>;
  lookalikes: Promise<Lookalikes>;
}

/**
 * The corpus's stock runs, counted over each report's passages' letters, then its look-alikes; `send` gets each
 * as soon as it is found. The passages come in corpus order, each with its report's place (of `reports`, some of
 * which may have no passage) as its group.
 */
export function runTextSteps(items: Comparand[], reports: number, options: LookalikeOptions, send: (message: TextStepsMessage) => void): void {
  const letters = Array.from({ length: reports }, (): string[] => []);
  for (const { group, text } of items) letters[group]?.push(comparable(text).chars);
  send({ stockRuns: findStockRuns(() => letters, letters.length) });
  send({ lookalikes: findLookalikes(items, options) });
}

/** Below this many passages, a thread costs more to start (it loads the similarity code) than it saves. */
const minPassagesForThread = 2_000;

/**
 * Starts the corpus-wide steps that need only the passages' texts on a thread of their own, so that the others
 * (training, cross-links, the review once the stock runs are in) go on meanwhile on the calling thread. At 20,000
 * reports the two take some 75 s of the 160 the corpus-wide steps take. A small corpus is done on the calling thread.
 */
export function startTextSteps(items: Comparand[], reports: number, options: LookalikeOptions = defaultLookalikeOptions): TextSteps {
  const found: Partial<{ stockRuns: string[]; lookalikes: Lookalikes }> = {};
  if (items.length < minPassagesForThread || availableParallelism() < 2) {
    runTextSteps(items, reports, options, (message) => Object.assign(found, message));
    return { stockRuns: Promise.resolve(found.stockRuns ?? []), lookalikes: Promise.resolve(found.lookalikes ?? { matches: [], echoesEarlier: [] }) };
  }
  const worker = new Worker(new URL("./text-steps-worker.ts", import.meta.url), { workerData: { items, reports, options } });
  const stockRuns = Promise.withResolvers<string[]>();
  const lookalikes = Promise.withResolvers<Lookalikes>();
  worker.on("message", (message: TextStepsMessage) => {
    if ("stockRuns" in message) stockRuns.resolve(message.stockRuns);
    else {
      lookalikes.resolve(message.lookalikes);
      void worker.terminate();
    }
  });
  const fail = (error: Error) => {
    stockRuns.reject(error);
    lookalikes.reject(error);
  };
  worker.once("error", fail);
  // A thread that ends before it sent both (killed, out of memory) would leave the build waiting: it fails instead.
  worker.once("exit", (code) => fail(new Error(`找套话和相似条目的线程意外结束（退出码 ${code}）：请查看上面的错误信息，内存不够时可减少同时构建的站点。`)));
  return { stockRuns: stockRuns.promise, lookalikes: lookalikes.promise };
}
