import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { setPageCache } from './page-cache.ts';

test('page cache: a connection keeps the MiB it is given; a size that is not a whole number of MiB is refused', () => {
  const db = new Database(':memory:');
  setPageCache(db, 128);
  assert.equal(db.pragma('cache_size', { simple: true }), -128 * 1024);
  for (const bad of [0, -1, 1.5, Number.NaN, 70000]) assert.throws(() => setPageCache(db, bad), /whole number of MiB from 1 to 65536/);
  db.close();
});
