import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { UsageError } from './usage-error.ts';

/** Opens the store a read-only command names; a SQLite file must already exist. */
export async function openExistingStore(db: string): Promise<Store> {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`no database at "${db}"; run "parallax analyze PATH --db ${db}" first, or pass --db`);
  return openStore(db);
}
