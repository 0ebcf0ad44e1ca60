import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { resolveConfig } from '../../config.ts';
import { Corpus } from '../../cluster/corpus.ts';
import { ingest } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { collect, type Store } from '../store.ts';
import { writeOlderSqliteStore } from './older-sqlite-store.ts';
import { storeSize } from './sqlite-size.ts';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';
import { STORY_STATS_OBJECTS } from './sqlite-story-stats.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seeds = resolve(root, '../shared/data/seeds');
const dir = mkdtempSync(join(tmpdir(), 'parallax-size-'));
const path = join(dir, 'sample.db');
let store: SqliteStore;

before(async () => {
  assert.ok(existsSync(seeds), `the seed articles are missing at ${seeds}`);
  const cfg = resolveConfig({ db: path, threads: 1 });
  store = new SqliteStore(path);
  // Older versions had no reported topics (regroup-around.ts): the source is made without them, as they could hold it.
  await ingest(readInputs([join(root, 'examples', 'corpus'), seeds]), store, new Corpus(cfg, { regroupThreshold: 0 }), cfg);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a reader of the store sees. */
async function contents(s: Store) {
  const rows = await collect(s.articles());
  const stories = await s.stories();
  return {
    rows,
    details: await Promise.all(rows.map((r) => s.article(r.id))),
    state: await collect(s.loadState()),
    stories,
    histories: await Promise.all(stories.map((x) => s.storyHistory(x.id))),
    changes: await collect(s.storyChanges()),
    entities: await s.entities({ limit: 1000 }),
    search: await s.search('Kestrel', 20),
  };
}

function sizeOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return storeSize(db);
  } finally {
    db.close();
  }
}

test('store size: the packed analysis takes under half the bytes of the JSON form, and the store a third less beyond the text', async (t) => {
  const old = join(dir, 'v6-size.db');
  await writeOlderSqliteStore(old, store, 6);
  const now = sizeOf(path);
  const before = sizeOf(old);
  assert.ok(now.articles > 40 && now.articles === before.articles, `${now.articles} articles`);
  const sum = (s: typeof now, cols: string[]) => cols.reduce((n, c) => n + (s.columns[c] ?? 0), 0) / s.articles;
  const packed = sum(now, ['features', 'facts', 'placement', 'paragraphs']);
  const json = sum(before, ['features_json', 'facts_json', 'placement_json', 'paragraphs_json']);
  t.diagnostic(`analysis per article: ${json.toFixed(0)} B as JSON, ${packed.toFixed(0)} B packed`);
  assert.ok(packed < json / 2, `packed ${packed.toFixed(0)} B, JSON ${json.toFixed(0)} B per article`);
  // Judged on content, not pages: a new store's pages are 64 KB, at least one a table or index, which on a
  // store this small outweighs everything else. Version 8's summary tables and indexes are read-path
  // cost, so the packing is judged without them.
  const beyondText = (x: typeof now) => (Object.entries(x.payloads)
    .filter(([name]) => !(STORY_STATS_OBJECTS as readonly string[]).includes(name))
    .reduce((n, [, bytes]) => n + bytes, 0) - x.textBytes) / x.articles;
  t.diagnostic(`content beyond the text: ${beyondText(before).toFixed(0)} B -> ${beyondText(now).toFixed(0)} B per article`);
  assert.ok(beyondText(now) < (beyondText(before) * 2) / 3, `${beyondText(now).toFixed(0)} B beyond the text, was ${beyondText(before).toFixed(0)} B`);
});

test('migration 7: a version 6 store (analysis as JSON) upgrades to the packed columns and reads back the same', async () => {
  const old = join(dir, 'v6.db');
  await writeOlderSqliteStore(old, store, 6);
  const raw = new Database(old, { readonly: true });
  assert.ok((raw.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[]).includes('features_json'));
  raw.close();
  const upgraded = new SqliteStore(old);
  try {
    assert.equal(upgraded.schemaVersion(), Math.max(...sqliteMigrations.map((m) => m.version)));
    assert.deepEqual(await contents(upgraded), await contents(store));
  } finally {
    await upgraded.close();
  }
  const after = new Database(old, { readonly: true });
  const columns = after.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[];
  after.close();
  // Since version 15 the features are in tables of their own (sqlite-feature-tables.ts).
  assert.deepEqual(columns.filter((c) => /features|facts|placement|paragraphs/.test(c)).sort(), ['facts', 'paragraphs', 'placement']);
});
