import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { articleId } from '../../article.ts';
import { resolveConfig } from '../../config.ts';
import { factsOf } from '../../facts/fact.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { packText, unpackText } from '../packed-text.ts';
import { writeOlderSqliteStore } from './older-sqlite-store.ts';
import { storeSize } from './sqlite-size.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-text-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cfg = resolveConfig();

const LONG = [
  'Die Stadtwerke Göttingen haben am Montag eine neue Straßenbahnlinie mit vierzehn Haltestellen eröffnet.',
  '„Wir haben sechs Jahre auf diesen Tag gewartet“, sagte Bürgermeisterin Petra Broistedt bei der Eröffnung.',
  'Die Linie verbindet den Bahnhof mit dem Klinikum und soll täglich 18.000 Fahrgäste befördern.',
  'Die Baukosten lagen bei 212 Millionen Euro, 40 Millionen mehr als 2019 geplant.',
].join('\n\n');
const SHORT = 'Kurz: Regen in Kiel.';

async function storeOf(path: string, articles: Array<[string, string]>): Promise<SqliteStore> {
  const s = new SqliteStore(path);
  await ingest((async function* () {
    for (const [id, text] of articles) yield { ok: true as const, article: rawArticle(id, text, { declaredLang: 'de' }) };
  })(), s, await openCorpus(s, cfg), cfg);
  return s;
}

test('stored text: any text comes back exactly from its packed form, which is bytes only when shorter', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => {
    const packed = packText(t);
    assert.equal(unpackText(packed), t);
    if (typeof packed !== 'string') assert.ok(packed.length < Buffer.byteLength(t));
  }));
  assert.equal(typeof packText(LONG), 'object');
  assert.equal(packText(SHORT), SHORT);
  assert.throws(() => unpackText(null), /stored text is null.*damaged/);
});

test('stored text: a long text is kept deflated and read back whole; search, snippets and fact offsets see the text as given', async () => {
  const path = join(dir, 'new.db');
  const s = await storeOf(path, [['long', LONG], ['short', SHORT]]);
  const detail = (await s.article(articleId('long')))!;
  assert.equal(detail.text, LONG);
  const quote = factsOf(detail.facts, 'quote')[0]!;
  assert.match(LONG.slice(quote.start, quote.end), /sechs Jahre auf diesen Tag gewartet/);
  assert.equal((await s.article(articleId('short')))!.text, SHORT);
  const hits = await s.search('klinikum', 5);
  assert.deepEqual(hits.map((h) => h.article), ['long']);
  assert.match(hits[0]!.snippet, /Klinikum/);
  assert.deepEqual((await s.search('kiel', 5)).map((h) => h.article), ['short']);
  await s.close();
  const raw = new Database(path, { readonly: true });
  assert.deepEqual(raw.prepare('SELECT id, typeof(text) AS t FROM articles ORDER BY id').all(), [{ id: 'long', t: 'blob' }, { id: 'short', t: 'text' }]);
  // The size counts the text as given, whatever the column holds.
  assert.equal(storeSize(raw).textBytes, Buffer.byteLength(LONG) + Buffer.byteLength(SHORT));
  raw.close();
});

test('stored text: a replaced article leaves the index as a fresh one would; an older store is deflated on opening and searched the same', async () => {
  const s = await storeOf(join(dir, 'replace.db'), [['a', LONG]]);
  await ingest((async function* () { yield { ok: true as const, article: rawArticle('a', SHORT, { declaredLang: 'de' }) }; })(), s, await openCorpus(s, cfg), cfg);
  assert.deepEqual(await s.search('klinikum', 5), []);
  assert.deepEqual((await s.search('kiel', 5)).map((h) => h.article), ['a']);
  await s.close();

  const current = await storeOf(join(dir, 'current.db'), [['long', LONG], ['short', SHORT]]);
  const before = await current.search('fahrgäste', 5);
  const old = join(dir, 'v9.db');
  await writeOlderSqliteStore(old, current, 9);
  await current.close();
  const raw = new Database(old, { readonly: true });
  assert.equal(raw.prepare("SELECT count(*) FROM articles WHERE typeof(text) = 'text'").pluck().get(), 2);
  raw.close();
  const migrated = new SqliteStore(old);
  assert.deepEqual(await migrated.search('fahrgäste', 5), before);
  assert.equal((await migrated.article(articleId('long')))!.text, LONG);
  await migrated.close();
  const after = new Database(old, { readonly: true });
  assert.deepEqual(after.prepare('SELECT id, typeof(text) AS t FROM articles ORDER BY id').all(), [{ id: 'long', t: 'blob' }, { id: 'short', t: 'text' }]);
  after.close();
});
