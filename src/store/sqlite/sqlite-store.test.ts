import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { storeContract } from '../store-contract.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';
import { writeOlderSqliteStore } from './older-sqlite-store.ts';
import { NEW_PAGE_SIZE, SqliteStore } from './sqlite-store.ts';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { rawArticle } from '../../testing/raw-article.ts';

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
  assert.equal(s.schemaVersion(), Math.max(...sqliteMigrations.map((m) => m.version)));
  await s.close();
  const raw = new Database(path);
  raw.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (99, ?)').run(new Date().toISOString());
  raw.close();
  assert.throws(() => new SqliteStore(path), /schema version 99, newer than this Parallax knows/);
});

test('sqlite: a new file gets 64 KB pages; an existing file keeps its own', async () => {
  const fresh = join(dir, 'pages-new.db');
  await new SqliteStore(fresh).close();
  const a = new Database(fresh, { readonly: true });
  assert.equal(a.pragma('page_size', { simple: true }), NEW_PAGE_SIZE);
  a.close();
  const old = join(dir, 'pages-old.db');
  const b = new Database(old);
  b.pragma('page_size = 4096');
  b.exec('CREATE TABLE t (x)');
  b.close();
  await new SqliteStore(old).close();
  const c = new Database(old, { readonly: true });
  assert.equal(c.pragma('page_size', { simple: true }), 4096);
  assert.ok(Number(c.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'").pluck().get()) === 1, 'the old file got the schema');
  c.close();
});

test('sqlite: an unopenable path names the path and the fix', () => {
  assert.throws(() => new SqliteStore(join(dir, 'missing-dir', 'x.db')), /cannot open SQLite database .*missing-dir.*check the path/);
});

test('sqlite: migration 2 indexes the articles a version 1 store already holds', async () => {
  const cfg = resolveConfig();
  const full = join(dir, 'full.db');
  const s = new SqliteStore(full);
  const text = 'Der Bürgermeister Jürgen Müller eröffnete am Montag in Göttingen die neue Straßenbahnlinie mit vierzehn Haltestellen.';
  await ingest((async function* () { yield { ok: true as const, article: rawArticle('g', text) }; })(), s, await openCorpus(s, cfg), cfg);
  await s.close();
  // What an older Parallax left behind: the version 1 schema holding the same rows.
  const path = join(dir, 'v1.db');
  const current = new SqliteStore(full);
  await writeOlderSqliteStore(path, current, 1);
  await current.close();
  const migrated = new SqliteStore(path);
  assert.deepEqual((await migrated.search('gottingen', 10)).map((h) => h.article), ['g']);
  assert.deepEqual((await migrated.listStories({ limit: 10, q: 'muller' })).items.length, 1);
  await migrated.close();
});
