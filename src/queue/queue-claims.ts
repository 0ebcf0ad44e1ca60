/**
 * Claiming queue rows. A claim is one committed UPDATE naming the claiming session (backend pid and
 * start time) and a lease: rows stay claimed while that session lives and the lease runs, and are
 * free again the moment the session is gone, so a worker killed at any point gives its rows back
 * without anyone waiting for a timeout. SKIP LOCKED keeps two workers from claiming the same row.
 */
import { randomUUID } from 'node:crypto';
import type { PostgresSession } from '../store/postgres/postgres-session.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import { decodeRaw, type Claimed } from './queued-article.ts';

/** A claim whose session is gone, or whose lease ran out, no longer holds its rows. */
const CLAIMABLE = `state = 'pending' AND (
  claim IS NULL
  OR claimed_until < now()
  OR NOT EXISTS (SELECT 1 FROM pg_stat_activity s WHERE s.pid = queue.claim_pid AND s.backend_start = queue.claim_backend_start)
)`;

export interface ClaimOptions {
  batch: number;
  /** Seconds a claim holds its rows even while its session lives (a hung worker's rows come back after it). */
  leaseSeconds: number;
}

/** Claims up to `batch` rows, oldest first; the returned token identifies this claim when completing it. */
export async function claimBatch(session: PostgresSession, opts: ClaimOptions): Promise<{ token: string; rows: Claimed[] }> {
  const token = randomUUID();
  const rows = await session.query(
    `UPDATE queue SET claim = $1, claim_pid = pg_backend_pid(),
       claim_backend_start = (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()),
       claimed_until = now() + make_interval(secs => $3), attempts = attempts + 1
     WHERE qseq IN (SELECT qseq FROM queue WHERE ${CLAIMABLE} ORDER BY qseq LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING qseq, raw_json, attempts`,
    [token, opts.batch, opts.leaseSeconds],
  );
  const claimed = rows
    .map((r) => ({ qseq: Number(r.qseq), raw: decodeRaw(r.raw_json as string), attempts: Number(r.attempts) }))
    .sort((a, b) => a.qseq - b.qseq);
  return { token, rows: claimed };
}

export interface QueueCounts {
  /** Waiting for analysis (claimed or not). */
  pending: number;
  /** Analysed, waiting to be placed in queue order. */
  analysed: number;
  done: number;
  failed: number;
}

export async function queueCounts(store: Pick<PostgresStore, 'query'>): Promise<QueueCounts> {
  const counts: QueueCounts = { pending: 0, analysed: 0, done: 0, failed: 0 };
  for (const r of await store.query('SELECT state, count(*) AS n FROM queue GROUP BY state')) {
    counts[r.state as keyof QueueCounts] = Number(r.n);
  }
  return counts;
}
