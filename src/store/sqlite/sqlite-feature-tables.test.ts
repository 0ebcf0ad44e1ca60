import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { decodeFeaturesBinary } from '../features-binary.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-features-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NEWS = [
  'The river Po flooded Cremona on Tuesday night; rescuers evacuated 3,200 residents as the water rose.',
  'The European Central Bank cut its deposit rate to 1.75 percent on Thursday, its president said in Frankfurt.',
  'Kestrel recalls 41,000 electric scooters after battery fires in Bari and Lyon, the company said.',
  'Dock workers in Rotterdam began a 48-hour strike over wages on Monday, halting container traffic.',
  'A magnitude 5.8 earthquake shook the Peloponnese on Sunday; no casualties were reported in Kalamata.',
  'The final in Leipzig ended 2-1 after a late goal; 38,000 spectators saw the home side win the cup.',
];
const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString();

test('feature tables: an article that leaves the window moves its trimmed features to the dormant table; the articles row is not rewritten; a replaced article takes its features along', async () => {
  const path = join(dir, 'features.db');
  const cfg = resolveConfig({ windowArticles: 2, windowDays: 0 });
  const put = async (s: SqliteStore, items: Array<[string, string, number]>) => ingest((async function* () {
    for (const [id, text, d] of items) yield { ok: true as const, article: rawArticle(id, text, { published: day(d) }) };
  })(), s, await openCorpus(s, cfg), cfg);
  const s = new SqliteStore(path);
  await put(s, NEWS.map((t, i): [string, string, number] => [`n${i}`, t, i]));
  const raw = new Database(path, { readonly: true });
  const ids = (table: string) => raw.prepare(`SELECT a.id FROM ${table} f JOIN articles a ON a.seq = f.seq ORDER BY f.seq`).pluck().all();
  // Six articles a day apart, a window of two arrivals: the first four left it.
  assert.deepEqual(ids('dormant_features'), ['n0', 'n1', 'n2', 'n3']);
  assert.deepEqual(ids('warm_features'), ['n4', 'n5']);
  for (const b of raw.prepare('SELECT features FROM dormant_features').pluck().all() as Buffer[]) {
    const f = decodeFeaturesBinary(b);
    assert.deepEqual([f.shingles.length, f.shape.length, f.terms.size > 0], [0, 0, true]);
  }
  assert.ok(!(raw.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[]).includes('features'));
  // A new version of a dormant article: its old features go with its old row, and it is warm again.
  await put(s, [['n0', NEWS[5]!.replace('Leipzig', 'Dresden'), 10]]);
  assert.equal(raw.prepare('SELECT count(*) FROM dormant_features f JOIN articles a ON a.seq = f.seq WHERE a.id = ?').pluck().get('n0'), 0);
  assert.equal(raw.prepare('SELECT count(*) FROM dormant_features').pluck().get(), 4, 'n0 left; n4 went dormant');
  assert.equal(raw.prepare('SELECT count(*) FROM warm_features f JOIN articles a ON a.seq = f.seq WHERE a.id = ?').pluck().get('n0'), 1);
  assert.equal(raw.prepare('SELECT count(*) FROM articles').pluck().get(), 6);
  assert.equal(raw.prepare('SELECT (SELECT count(*) FROM warm_features) + (SELECT count(*) FROM dormant_features)').pluck().get(), 6, 'one features row an article');
  raw.close();
  await s.close();
});
