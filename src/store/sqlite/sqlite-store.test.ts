import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { storeContract } from '../store-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const paths = new WeakMap<SqliteStore, string>();

storeContract(
  'sqlite',
  async () => {
    const path = join(dir, `store-${n++}.db`);
    const s = new SqliteStore(path);
    paths.set(s, path);
    return s;
  },
  async (s) => {
    const path = paths.get(s as SqliteStore)!;
    await s.close();
    const again = new SqliteStore(path);
    paths.set(again, path);
    return again;
  },
);

test('sqlite: a new file gets the current schema version; a newer one is refused with a clear message', async () => {
  const path = join(dir, 'versions.db');
  const s = new SqliteStore(path);
  assert.equal(s.schemaVersion(), 1);
  await s.close();
  const raw = new Database(path);
  raw.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (99, ?)').run(new Date().toISOString());
  raw.close();
  assert.throws(() => new SqliteStore(path), /schema version 99, newer than this Parallax knows/);
});

test('sqlite: an unopenable path names the path and the fix', () => {
  assert.throws(() => new SqliteStore(join(dir, 'missing-dir', 'x.db')), /cannot open SQLite database .*missing-dir.*check the path/);
});
