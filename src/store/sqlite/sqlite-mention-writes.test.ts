import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { articleId, type ArticleRecord } from '../../article.ts';
import { Corpus } from '../../cluster/corpus.ts';
import { resolveConfig } from '../../config.ts';
import { factsOf } from '../../facts/fact.ts';
import { analyzeArticle } from '../../pipeline.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import type { Analysed } from '../store.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-mention-writes-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cfg = resolveConfig();
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'examples', 'corpus');

/**
 * The sample corpus placed, then new versions of two of its articles, one of them twice: a version naming
 * people and places no other article names, then one with another article's text, so that the batch
 * deletes entities it made itself.
 */
async function writes(): Promise<Analysed[]> {
  const records: ArticleRecord[] = [];
  for await (const r of readInputs([CORPUS])) if (r.ok) records.push(analyzeArticle(r.article, cfg));
  const withEntities = records.filter((r) => factsOf(r.facts, 'entity').length > 2);
  const [a, b, c, d] = withEntities;
  const fresh = 'Die Stadt Wolfenbüttel meldete am Dienstag einen Rekord bei den Fahrgastzahlen, sagte Bürgermeisterin Henrike Quast. Henrike Quast lobte die Verkehrsbetriebe Wolfenbüttel.';
  records.push(analyzeArticle(rawArticle(a!.id, `${fresh}\n\n${c!.text}`, { declaredLang: 'de' }), cfg));
  records.push(analyzeArticle(rawArticle(b!.id, d!.text, { declaredLang: d!.lang.code, published: '2024-03-01' }), cfg));
  records.push(analyzeArticle(rawArticle(a!.id, d!.text, { declaredLang: d!.lang.code }), cfg));
  const corpus = new Corpus(cfg);
  return records.map((record) => ({ record, placement: corpus.add(record) }));
}

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
  const all = await writes();
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
