/** `parallax ingest … --db postgres://… --enqueue`: read the inputs onto the queue for `parallax worker`. */
import type { ResolvedConfig } from '../config.ts';
import { enqueueArticles } from '../queue/enqueue-articles.ts';
import { queueCounts } from '../queue/queue-claims.ts';
import { readInputs, type ReadOptions } from '../read/read-inputs.ts';
import { describeStore } from '../store/open-store.ts';
import { reportProblems } from './analyze.ts';
import { openQueueStore } from './worker.ts';

/** Exit 1 when any input was rejected, as `ingest`. */
export async function enqueueCommand(inputs: string[], cfg: ResolvedConfig, read: ReadOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const store = await openQueueStore(cfg.db, '--enqueue');
  try {
    const report = await enqueueArticles(store, readInputs(inputs, read));
    reportProblems({ stored: 0, updated: 0, unchanged: 0, bytes: 0, rejected: report.rejected, notes: [] }, err);
    const q = await queueCounts(store);
    out.write(`${report.queued} queued, ${report.alreadyQueued} already queued, ${report.rejected.length} rejected; ${q.pending + q.analysed} waiting for a worker in ${describeStore(cfg.db)}\n`);
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
