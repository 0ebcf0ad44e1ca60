import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { storyId } from '../../article.ts';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { postgresForTests, type PostgresServer } from '../../testing/postgres-server.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { collect, type Store, type StoryQuery } from '../store.ts';
import { PostgresStore } from './postgres-store.ts';

const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;
const cfg = resolveConfig();
const corpus = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));

/** The sample corpus, one article replaced (new text and date), then a merge and a split. */
async function scenario(s: Store): Promise<void> {
  await ingest(readInputs([corpus]), s, await openCorpus(s, cfg), cfg);
  const [first] = await collect(s.articles());
  const text = 'Die Stadt Darmstadt meldete am Dienstag einen neuen Rekord bei den Fahrgastzahlen der Straßenbahn, sagte Bürgermeisterin Anna Weber.';
  await ingest((async function* () { yield { ok: true as const, article: rawArticle(first!.id, text, { published: '2024-12-31T23:00:00Z', declaredLang: 'de' }) }; })(),
    s, await openCorpus(s, cfg), cfg);
  const [a, b] = await s.stories();
  await s.applyStoryChanges([{ kind: 'merge', from: b!.id, into: a!.id, topic: a!.topic, score: 0.5 }]);
  const moved = (await s.storyMembers(a!.id)).at(-1)!;
  await s.applyStoryChanges([{ kind: 'move', from: a!.id, into: storyId('s-split'), articles: [moved.id], created: true, topic: a!.topic, score: 0.5 }]);
}

/** Every page of each filter, and every summary. */
async function answers(s: Store) {
  const stories = await s.stories();
  const entities = (await s.entities({ limit: 3 })).items.map((e) => e.id);
  const queries: Array<Omit<StoryQuery, 'limit'>> = [
    {}, { language: 'de' }, { language: 'en' }, { from: '2025-10-01' }, { to: '2025-10-15', language: 'en' }, { from: '2024-01-01', to: '2025-09-30' },
    { topic: stories[0]!.topic }, { q: 'the' }, ...entities.map((entity) => ({ entity })), { entity: entities[0], language: 'en' },
  ];
  const pages = [];
  for (const q of queries) {
    const ids: string[] = [];
    for (let after: string | undefined, n = 0; n < 100; n++) {
      const page = await s.listStories({ ...q, limit: 3, after });
      ids.push(...page.items.map((x) => x.id));
      if (!page.next) break;
      after = page.next;
    }
    pages.push({ q, ids });
  }
  const listed = await s.entities({ limit: 1000 });
  return { stories, pages, topic: await s.topic(stories[0]!.topic), split: await s.story(storyId('s-split')), listed, named: await s.entities({ limit: 1000, q: 'an' }) };
}

describe('postgres story stats', { skip: pgAvailable.skip ?? false }, () => {
  after(() => server?.stop());

  test('postgres: the summary tables (stories and entities) agree with a recount after ingest, replacement, merge and split; every filter and the entity listing answer as on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-stats-'));
    const lite = new SqliteStore(join(dir, 'x.db'));
    const pgs = await PostgresStore.open(await server.freshDatabase());
    try {
      const version = await pgs.version();
      await scenario(lite);
      await scenario(pgs);
      assert.ok((await pgs.version()) > version);
      const rows = async (sql: string) => (await pgs.query(sql)).map((r) => JSON.stringify(Object.values(r).map(String))).sort();
      assert.deepEqual(await rows('SELECT story, first_seq, members, independent FROM story_stats'), await rows(`SELECT a.story, s.first_seq,
        count(*) AS members, count(*) FILTER (WHERE a.relation_kind IS NULL) AS independent FROM articles a JOIN stories s ON s.id = a.story GROUP BY a.story, s.first_seq`));
      assert.deepEqual(await rows('SELECT story, kind, value, n FROM story_facets'), await rows(`
        SELECT story, 'lang', lang, count(*) FROM articles GROUP BY story, lang
        UNION ALL SELECT story, 'day', substr(published, 1, 10), count(*) FROM articles WHERE published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' GROUP BY story, substr(published, 1, 10)
        UNION ALL SELECT a.story, 'entity', m.entity, count(*) FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq GROUP BY a.story, m.entity`));
      assert.deepEqual(await rows('SELECT entity, mentions, articles, stories FROM entity_stats'), await rows(`SELECT m.entity, count(*) AS mentions,
        count(DISTINCT m.article_seq) AS articles, count(DISTINCT a.story) AS stories FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq GROUP BY m.entity`));
      assert.deepEqual(await rows('SELECT entity, text, n FROM entity_names'), await rows('SELECT entity, text, count(*) AS n FROM entity_mentions GROUP BY entity, text'));
      assert.deepEqual(await rows('SELECT entity, lang, n FROM entity_langs'), await rows(`SELECT m.entity, a.lang, count(DISTINCT m.article_seq) AS n
        FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq GROUP BY m.entity, a.lang`));
      const expected = await answers(lite);
      assert.ok(expected.pages.every((p) => p.ids.length > 0), JSON.stringify(expected.pages));
      assert.deepEqual(await answers(pgs), expected);
    } finally {
      await lite.close();
      await pgs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
