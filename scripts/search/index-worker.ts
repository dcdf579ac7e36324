// A process that indexes one search shard from the spool (buildSearchIndex in build-index.ts), so that shards are
// indexed side by side, one per core. A process, not a thread: when it ends, all its memory goes back (threads'
// heaps stayed with the parent, 0.4 GB for 8 shards at 2,000 reports).
import { spooledRecords, type Shard } from "./shard-records.ts";
import { writeIndex } from "./write-index.ts";

/** What a process is given, as JSON in its one argument: the spool folder, its shard, and where the shard's index goes. */
export interface IndexJob {
  spool: string;
  shard: Shard;
  outputPath: string;
  /** A shard merged by the search page, not the primary index: it keeps no code of its own. */
  merged: boolean;
}

const { spool, shard, outputPath, merged } = JSON.parse(process.argv[2] ?? "") as IndexJob;
await writeIndex(spooledRecords(spool, shard), outputPath, merged);
