import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { articleId } from '../../article.ts';
import { resolveConfig } from '../../config.ts';
import { replacingWrites } from '../../testing/replacing-writes.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-mention-writes-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cfg = resolveConfig();

/** Every table the entity pages and facets read, and the store's version counter. */
function counts(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      stats: all('SELECT entity, type, mentions, articles, stories FROM entity_stats ORDER BY entity'),
      names: all('SELECT entity, text, n FROM entity_names ORDER BY entity, text'),
      langs: all('SELECT entity, lang, n FROM entity_langs ORDER BY entity, lang'),
      facets: all("SELECT story, value, n, first_seq FROM story_facets WHERE kind = 'entity' ORDER BY story, value"),
      rows: all('SELECT a.id, k.entity, e.n, e.forms FROM article_entities e JOIN articles a ON a.seq = e.article_seq JOIN entity_keys k ON k.key = e.entity_key ORDER BY a.id, k.entity'),
      version: all('SELECT n FROM store_version'),
    };
  } finally {
    db.close();
  }
}

test('mention writes: counts summed over a batch, replacements of stored and of same-batch articles included, end as written one article at a time', async () => {
  const all = await replacingWrites(cfg);
  const one = new SqliteStore(join(dir, 'one.db'));
  for (const w of all) await one.write([w]);
  await one.close();
  const whole = new SqliteStore(join(dir, 'whole.db'));
  // The first half, then the rest in one batch: it replaces stored articles and one of its own.
  const half = Math.floor(all.length / 2);
  await whole.write(all.slice(0, half));
  await whole.write(all.slice(half));
  await whole.close();
  const expected = counts(join(dir, 'one.db'));
  assert.ok(expected.stats!.length > 20, 'the sample corpus names entities');
  assert.deepEqual(counts(join(dir, 'whole.db')), expected);
  // The replaced article is stored once, in its last version.
  const replaced = all.at(-1)!.record.id;
  const db = new Database(join(dir, 'whole.db'), { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM articles WHERE id = ?').pluck().get(articleId(replaced)), 1);
  db.close();
});
