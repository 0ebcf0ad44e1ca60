import { PostgresStore, redact } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** True for a PostgreSQL connection URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store `db` names: a PostgreSQL URL, or else the path of a SQLite file. `pageCacheMiB` sizes a
 * SQLite connection's page cache (sqlite/page-cache.ts); a PostgreSQL server sizes its own buffers.
 */
export async function openStore(db: string, opts: { pageCacheMiB?: number } = {}): Promise<Store> {
  return isPostgresUrl(db) ? PostgresStore.open(db) : new SqliteStore(db, opts);
}

/** The store's name for messages: a URL without its password. */
export function describeStore(db: string): string {
  return isPostgresUrl(db) ? redact(db) : db;
}
