import type Database from 'better-sqlite3';

const PAGE = 500;

/**
 * Calls `each` with every article row (`seq` and `columns`), in seq order, a keyset page of 500 at a
 * time: a migration that rewrites rows never holds a million of them, and never reads a row it has
 * just rewritten again.
 */
export function forEachArticle<R extends { seq: number }>(db: Database.Database, columns: string, each: (row: R) => void): void {
  const page = db.prepare(`SELECT seq, ${columns} FROM articles WHERE seq > ? ORDER BY seq LIMIT ${PAGE}`);
  for (let last = 0; ;) {
    const rows = page.all(last) as R[];
    for (const r of rows) each(r);
    if (rows.length < PAGE) return;
    last = rows[rows.length - 1]!.seq;
  }
}
