/**
 * The serial half of the queue, in one transaction under the placement lock: bring this worker's
 * corpus up to date with what others stored since its last look (by seq), then place the analysed
 * rows at the head of the queue strictly in queue order, store them, and mark them done. Placement
 * stops at the first row still waiting for analysis, so the stories are those one process would
 * make from the queue in order, however many workers analyse it and whichever of them die. A
 * worker killed in here commits nothing: the rows stay analysed, for the next placer.
 */
import { Corpus } from '../cluster/corpus.ts';
import { restoreStates } from '../ingest.ts';
import type { ResolvedConfig } from '../config.ts';
import { statesAfter, type PostgresSession } from '../store/postgres/postgres-session.ts';
import { letGoDormant, lockPlacement, pgText, writeBatch, type PostgresTx } from '../store/postgres/postgres-write.ts';
import { applyPostgresStoryChanges, lastStoryChange, storyChangesAfter } from '../store/postgres/postgres-story-changes.ts';
import type { StoryChange } from '../cluster/story-change.ts';
import type { Analysed, StoredState } from '../store/store.ts';
import type { QueueOutcome } from './queued-article.ts';
import { decodeRecord } from './record-codec.ts';

/** What a worker keeps between batches: its corpus, the last seq it has seen, and the last story change. */
export interface WorkerCorpus {
  corpus: Corpus | null;
  lastSeq: number;
  lastChange?: number;
}

/** Where a catch-up reads from: stored articles after a seq, and the story changes recorded after another. */
export interface CatchUpSource {
  states: (after: number) => AsyncIterable<StoredState>;
  lastChange: () => Promise<number>;
  /** With the seq of each change and of the last article stored before it (`at`). */
  changesAfter: (after: number) => Promise<Array<{ seq: number; at: number; change: StoryChange }>>;
}

export type PlaceCounts = Record<QueueOutcome, number>;

/**
 * Restores what was stored after `state.lastSeq` into the worker's corpus (a new corpus when it has
 * none). Run outside the lock first, for the bulk of a large store, so that the lock is held only for
 * what others stored since.
 */
export async function catchUp(source: CatchUpSource, state: WorkerCorpus, cfg: ResolvedConfig): Promise<Corpus> {
  let closes: Array<{ at: number; change: StoryChange }> = [];
  if (!state.corpus) {
    state.corpus = new Corpus(cfg);
    state.lastSeq = 0;
    // Rows are restored where the changes made so far put them; only later changes are replayed. The
    // stories closed so far are let go at the points they were closed (ingest.ts `restoreStates`).
    state.lastChange = await source.lastChange();
    closes = (await source.changesAfter(0)).filter((c) => c.seq <= state.lastChange! && c.change.kind === 'close');
  }
  await restoreStates(state.corpus, source.states(state.lastSeq), closes, (s) => {
    state.lastSeq = s.seq;
  });
  // What the merge/split pass of other workers changed since: the articles restored above are already
  // where it put them; the older ones this corpus holds are moved now.
  for (const { seq, change } of await source.changesAfter(state.lastChange ?? 0)) {
    state.corpus.replay(change);
    state.lastChange = seq;
  }
  return state.corpus;
}

/** Reading a catch-up inside a transaction (or from the pool). */
export const catchUpSource = (q: PostgresTx): CatchUpSource => ({
  states: (after) => statesAfter(q, after),
  lastChange: () => lastStoryChange(q),
  changesAfter: (after) => storyChangesAfter(q, after),
});

/** Places up to `limit` analysed rows from the head of the queue; zero counts when the head is not analysed yet. */
export async function placeReady(session: PostgresSession, state: WorkerCorpus, cfg: ResolvedConfig, limit: number): Promise<PlaceCounts> {
  const counts: PlaceCounts = { stored: 0, updated: 0, unchanged: 0, failed: 0 };
  try {
    return await session.transaction(async (tx) => {
      await lockPlacement(tx);
      const head = (await tx.query(
        `SELECT qseq, state, analysis_json, error FROM queue WHERE state IN ('pending', 'analysed') ORDER BY qseq LIMIT $1`,
        [limit],
      )).rows;
      const firstPending = head.findIndex((r) => r.state !== 'analysed');
      const ready = firstPending < 0 ? head : head.slice(0, firstPending);
      if (ready.length === 0) return counts;
      const corpus = await catchUp(catchUpSource(tx), state, cfg);
      const records = ready.map((r) => (r.analysis_json === null ? null : decodeRecord(r.analysis_json as string)));
      const ids = records.flatMap((r) => (r ? [pgText(r.id)] : []));
      const stored = new Map((await tx.query('SELECT id, content_hash FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((r) => [r.id as string, r.content_hash as string]));
      const batch: Analysed[] = [];
      const outcomes: QueueOutcome[] = records.map((record) => {
        if (!record) return 'failed';
        const key = pgText(record.id);
        const existing = stored.get(key);
        if (existing === record.contentHash) return 'unchanged';
        batch.push({ record, placement: corpus.add(record) });
        stored.set(key, record.contentHash);
        return existing === undefined ? 'stored' : 'updated';
      });
      await writeBatch(tx, batch);
      // The merge/split pass's changes while placing the batch, in the same transaction.
      await applyPostgresStoryChanges(tx, corpus.takeChanges());
      // What went dormant while this batch was placed; the same articles go dormant in every worker's corpus at the same article.
      await letGoDormant(tx, corpus.takeDormant());
      state.lastChange = await lastStoryChange(tx);
      if (batch.length > 0) state.lastSeq = Number((await tx.query('SELECT max(seq) AS s FROM articles')).rows[0].s);
      await tx.query(
        `UPDATE queue q SET state = CASE WHEN d.outcome = 'failed' THEN 'failed' ELSE 'done' END, outcome = d.outcome,
           analysis_json = NULL, done_at = now(), claimed_until = NULL
         FROM unnest($1::bigint[], $2::text[]) AS d(qseq, outcome) WHERE q.qseq = d.qseq`,
        [ready.map((r) => r.qseq), outcomes],
      );
      for (const o of outcomes) counts[o]++;
      return counts;
    });
  } catch (e) {
    // The corpus may hold placements that were never committed: rebuild it from the store next time.
    state.corpus = null;
    throw e;
  }
}
