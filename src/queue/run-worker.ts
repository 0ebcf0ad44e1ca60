/**
 * One worker process: claim a batch of raw articles, analyse them (the per-article stages, in
 * parallel with every other worker) and store the analyses on their rows; then place whatever is
 * ready at the head of the queue (place-ready.ts). Any number of workers, on any number of
 * machines, share one queue; each keeps its own corpus in step with the store.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ResolvedConfig } from '../config.ts';
import { analyseHere } from '../parallel/analysed-in-order.ts';
import { AnalysisPool } from '../parallel/analysis-pool.ts';
import { threadCount } from '../parallel/thread-count.ts';
import type { PostgresSession } from '../store/postgres/postgres-session.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import { pgText } from '../store/postgres/postgres-write.ts';
import { catchUp, placeReady, type PlaceCounts, type WorkerCorpus } from './place-ready.ts';
import { claimBatch, queueCounts } from './queue-claims.ts';
import type { Claimed } from './queued-article.ts';
import { encodeRecord } from './record-codec.ts';

export interface WorkerOptions {
  /** Rows claimed and analysed at a time. */
  batch: number;
  /** Rows placed per transaction. */
  placeBatch: number;
  /** Stop once nothing is left to analyse or place; else wait for more. */
  exitWhenIdle: boolean;
  pollMs: number;
  leaseSeconds: number;
  /** A row taken this many times by workers that all died is marked failed instead of taken again. */
  maxAttempts: number;
  /** Aborting lets the batch in hand finish, then stops. */
  signal?: AbortSignal;
  onBatch?: (analysed: number, placed: PlaceCounts) => void;
}

export const workerDefaults = { batch: 32, placeBatch: 256, exitWhenIdle: false, pollMs: 500, leaseSeconds: 600, maxAttempts: 5 } as const;

export type WorkerReport = PlaceCounts & { analysed: number };

type Done = { qseq: number; analysis: string | null; error: string | null };

/** Analyses a claimed row on this thread, or on the pool's threads when there is one. */
async function analyse(c: Claimed, cfg: ResolvedConfig, maxAttempts: number, pool: AnalysisPool | null): Promise<Done> {
  if (c.attempts > maxAttempts) {
    return { qseq: c.qseq, analysis: null, error: `given up after ${maxAttempts} attempts: every worker that took this article stopped before finishing it` };
  }
  const a = pool ? await pool.analyse(c.raw) : await analyseHere(c.raw, cfg);
  return a.ok ? { qseq: c.qseq, analysis: encodeRecord(a.record), error: null } : { qseq: c.qseq, analysis: null, error: `analysis failed: ${a.message}` };
}

/** Stores the analyses of rows this claim still holds (a claim outlived by its lease may have lost some). */
async function storeAnalyses(session: PostgresSession, token: string, done: Done[]): Promise<number> {
  const rows = await session.query(
    `UPDATE queue q SET state = 'analysed', analysis_json = d.analysis, error = d.error, claimed_until = NULL
     FROM unnest($1::bigint[], $2::text[], $3::text[]) AS d(qseq, analysis, error)
     WHERE q.qseq = d.qseq AND q.claim = $4 AND q.state = 'pending' RETURNING q.qseq`,
    [done.map((d) => d.qseq), done.map((d) => d.analysis), done.map((d) => (d.error === null ? null : pgText(d.error))), token],
  );
  return rows.length;
}

const placedCount = (c: PlaceCounts) => c.stored + c.updated + c.unchanged + c.failed;

export async function runWorker(store: PostgresStore, cfg: ResolvedConfig, opts: WorkerOptions): Promise<WorkerReport> {
  const report: WorkerReport = { analysed: 0, stored: 0, updated: 0, unchanged: 0, failed: 0 };
  const state: WorkerCorpus = { corpus: null, lastSeq: 0 };
  const session = await store.session();
  // Claimed batches are analysed on every core, the threads started with the first batch of more
  // than one article; placement stays in queue order on this thread, which waits while a batch is
  // analysed, so here every thread configured analyses (ingest keeps one for placing: analysisWorkers).
  let pool: AnalysisPool | null = null;
  let broken = false;
  try {
    while (!opts.signal?.aborted) {
      const { token, rows } = await claimBatch(session, opts);
      if (pool === null && threadCount(cfg) > 1 && rows.length > 1) pool = new AnalysisPool(cfg, threadCount(cfg));
      const analysed = rows.length === 0 ? 0 : await storeAnalyses(session, token, await Promise.all(rows.map((c) => analyse(c, cfg, opts.maxAttempts, pool))));
      report.analysed += analysed;
      const placed: PlaceCounts = { stored: 0, updated: 0, unchanged: 0, failed: 0 };
      for (;;) {
        if (!state.corpus) {
          await catchUp({ states: (a) => store.statesAfter(a), lastChange: () => store.lastStoryChange(), changesAfter: (a) => store.storyChangesAfter(a) }, state, cfg);
        }
        const c = await placeReady(session, state, cfg, opts.placeBatch);
        for (const k of ['stored', 'updated', 'unchanged', 'failed'] as const) placed[k] += c[k];
        if (placedCount(c) < opts.placeBatch) break;
      }
      for (const k of ['stored', 'updated', 'unchanged', 'failed'] as const) report[k] += placed[k];
      if (analysed > 0 || placedCount(placed) > 0) {
        opts.onBatch?.(analysed, placed);
        continue;
      }
      if (opts.exitWhenIdle) {
        const q = await queueCounts(session);
        if (q.pending + q.analysed === 0) break;
      }
      await sleep(opts.pollMs, undefined, { signal: opts.signal }).catch(() => {});
    }
    return report;
  } catch (e) {
    broken = true;
    throw e;
  } finally {
    session.release(broken);
    await (pool as AnalysisPool | null)?.close();
  }
}
