/**
 * How much of the file a SQLite connection keeps in memory. better-sqlite3 builds SQLite with a 16 MB
 * page cache, which with the store's 64 KB pages is 250 pages: enough for a writer, which touches the
 * end of each table, too few for a server's reads over a large store (READ_PAGE_CACHE_MIB, read-pool.ts).
 */
import type Database from 'better-sqlite3';

/** Sets the connection's page cache to `mib` MiB. */
export function setPageCache(db: Database.Database, mib: number): void {
  if (!Number.isInteger(mib) || mib < 1 || mib > 65536) {
    throw new RangeError(`store: a page cache must be a whole number of MiB from 1 to 65536, got ${mib}; pass pageCacheMiB as such or leave it out`);
  }
  db.pragma(`cache_size = -${mib * 1024}`);
}
