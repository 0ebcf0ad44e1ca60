import { existsSync } from 'node:fs';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { UsageError } from './usage-error.ts';

/** Opens the store a read-only command names; it must already exist. */
export function openExistingStore(path: string): SqliteStore {
  if (!existsSync(path)) throw new UsageError(`no database at "${path}"; run "parallax analyze PATH --db ${path}" first, or pass --db`);
  return new SqliteStore(path);
}
