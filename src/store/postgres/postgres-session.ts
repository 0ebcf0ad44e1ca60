/**
 * Connections held across statements: a worker's session (its claims on the queue name it, so they
 * are made and completed on one connection and die with it), transactions on a given client, and the
 * paged read of stored clustering state that a worker catches up from.
 */
import type pg from 'pg';
import { storedStateFromRow, type Row } from '../store-rows.ts';
import type { StoredState } from '../store.ts';
import { restoreExact, type PostgresTx } from './postgres-write.ts';

/** Rows per page when streaming: keyset pagination on seq, never the whole table at once. */
export const PAGE_SIZE = 1000;

/** Stored clustering state with seq above `after`, in seq order, a page at a time. */
export async function* statesAfter(q: PostgresTx, after: number, pageSize = PAGE_SIZE): AsyncGenerator<StoredState> {
  let last = after;
  for (;;) {
    const { rows } = await q.query({
      name: 'parallax-states-after',
      text: 'SELECT seq, id, exact_json, lang, features, story, topic, (SELECT reported_topic FROM stories WHERE stories.id = articles.story) AS reported_topic, published, report_date, relation_of FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2',
      values: [last, pageSize],
    });
    for (const raw of rows) {
      const r = restoreExact(raw);
      yield storedStateFromRow(r);
    }
    if (rows.length < pageSize) return;
    last = Number(rows[rows.length - 1].seq);
  }
}

export interface PostgresSession {
  query(text: string, values?: unknown[]): Promise<Row[]>;
  transaction<T>(fn: (tx: PostgresTx) => Promise<T>): Promise<T>;
  /** Gives the connection back; `broken` closes it instead. */
  release(broken?: boolean): void;
}

/** `fn` in a transaction on `client`; `onBroken` hears when even the rollback failed (the connection is gone). */
export async function inTransaction<T>(client: pg.PoolClient, fn: (tx: PostgresTx) => Promise<T>, onBroken = () => {}): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(onBroken);
    throw e;
  }
}
