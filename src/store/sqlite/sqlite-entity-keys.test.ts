import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { resolveConfig } from '../../config.ts';
import { entityId } from '../../entities/entity.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-keys-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cfg = resolveConfig();

async function put(s: SqliteStore, articles: Array<[string, string]>): Promise<void> {
  await ingest((async function* () {
    for (const [id, text] of articles) yield { ok: true as const, article: rawArticle(id, text, { declaredLang: 'de' }) };
  })(), s, await openCorpus(s, cfg), cfg);
}

test('entity keys: a row names its entity by a key given once per entity and never reused; the entity page reads through it', async () => {
  const path = join(dir, 'keys.db');
  const s = new SqliteStore(path);
  await put(s, [
    ['a', 'Bürgermeisterin Petra Broistedt eröffnete am Montag in Göttingen die neue Straßenbahnlinie.'],
    ['b', 'In Göttingen fahren seit Montag Straßenbahnen; Petra Broistedt sprach von einem großen Tag für Göttingen.'],
  ]);
  const raw = new Database(path, { readonly: true });
  const keyOf = (entity: string) => raw.prepare('SELECT key FROM entity_keys WHERE entity = ?').pluck().get(entity) as number | undefined;
  const townId = raw.prepare("SELECT entity FROM entity_names WHERE text = 'Göttingen'").pluck().get() as string;
  const town = keyOf(townId);
  assert.equal(typeof town, 'number');
  const rows = raw.prepare('SELECT a.id, m.n FROM article_entities m JOIN articles a ON a.seq = m.article_seq WHERE m.entity_key = ? ORDER BY a.id').all(town);
  assert.deepEqual(rows, [{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
  const detail = (await s.entity(entityId(townId)))!;
  assert.equal(detail.mentions, 3);
  assert.equal(detail.inStories.reduce((n, x) => n + x.mentions, 0), 3);
  // Both articles replaced by texts without the town: it leaves the listing, and its key stays its own.
  await put(s, [['a', 'Der Regen hielt am Dienstag in ganz Niedersachsen an.'], ['b', 'Der Regen hielt am Dienstag an, meldete der Wetterdienst.']]);
  assert.equal(await s.entity(entityId(townId)), null);
  assert.equal(keyOf(townId), town);
  await put(s, [['c', 'Bürgermeisterin Petra Broistedt eröffnete am Montag in Göttingen die neue Straßenbahnlinie.']]);
  assert.equal(raw.prepare('SELECT count(*) FROM article_entities WHERE entity_key = ?').pluck().get(town), 1);
  assert.equal((await s.entity(entityId(townId)))!.mentions, 1);
  raw.close();
  await s.close();
});
