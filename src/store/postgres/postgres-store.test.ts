import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { articleId } from '../../article.ts';
import type { ReadResult } from '../../read/read-inputs.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { collect, type Store } from '../store.ts';
import { postgresForTests, type PostgresServer } from '../../testing/postgres-server.ts';
import { storeContract } from '../store-contract.ts';
import { postgresMigrations } from './postgres-migrations.ts';
import { PostgresStore } from './postgres-store.ts';

const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;

describe('postgres', { skip: pgAvailable.skip ?? false }, () => {
  after(() => server?.stop());

  storeContract(
    'postgres',
    async () => PostgresStore.open(await server.freshDatabase()),
    async (s) => {
      const url = (s as PostgresStore).url;
      await s.close();
      return PostgresStore.open(url);
    },
  );

  test('postgres: the sample corpus gives exactly what SQLite gives, row for row and in the same order', async () => {
    const cfg = resolveConfig();
    const corpus = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-vs-sqlite-'));
    const everything = async (s: Store) => {
      await ingest(readInputs([corpus]), s, await openCorpus(s, cfg), cfg);
      const articles = await collect(s.articles());
      const stories = await s.stories();
      return {
        articles,
        stories,
        details: await Promise.all(articles.map((a) => s.article(a.id))),
        members: await Promise.all(stories.map((x) => s.storyMembers(x.id))),
        one: await s.story(stories[0]!.id),
        state: await collect(s.loadState()),
        listed: await s.listStories({ limit: 1000 }),
        found: await Promise.all(['flood', 'hochwässer', 'AQUILA', 'Kestrel', 'piémonte'].map(async (q) => (await s.search(q, 100)).map((h) => h.article).sort())),
      };
    };
    const lite = new SqliteStore(join(dir, 'x.db'));
    // A small page makes the streams cross several keyset pages.
    const postgres = await PostgresStore.open(await server.freshDatabase(), { pageSize: 7 });
    try {
      const expected = await everything(lite);
      assert.ok(expected.articles.length >= 30 && expected.stories.length > 1);
      assert.ok(expected.found.every((hits) => hits.length > 0), 'every query finds something');
      assert.deepEqual(await everything(postgres), expected);
    } finally {
      await lite.close();
      await postgres.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('postgres: text holding U+0000, which PostgreSQL text cannot, is stored and read back exactly', async () => {
    const cfg = resolveConfig();
    const s = await PostgresStore.open(await server.freshDatabase());
    const text = 'Zero\u0000byte inside: the Riksbank in Stockholm held its rate at 2.25 percent on Wednesday.';
    async function* input(): AsyncGenerator<ReadResult> {
      yield { ok: true, article: rawArticle('nul\u0000id', text, { title: 'T\u0000', byline: '\u0000' }) };
    }
    const report = await ingest(input(), s, await openCorpus(s, cfg), cfg);
    assert.equal(report.stored, 1);
    const got = (await s.article(articleId('nul\u0000id')))!;
    assert.deepEqual([got.id, got.text, got.title, got.byline], ['nul\u0000id', text, 'T\u0000', '\u0000']);
    assert.match((await s.contentHash(got.id)) ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual((await collect(s.loadState())).map((x) => x.id), ['nul\u0000id']);
    assert.deepEqual((await s.search('riksbank', 5)).map((h) => h.article), ['nul\u0000id']);
    assert.deepEqual((await s.listStories({ limit: 5, language: '\u0000' })).items, []);
    await s.close();
  });

  test('postgres: a new database gets the current schema version; a newer one is refused with a clear message', async () => {
    const url = await server.freshDatabase();
    const s = await PostgresStore.open(url);
    assert.equal(await s.schemaVersion(), Math.max(...postgresMigrations.map((m) => m.version)));
    await s.close();
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    await raw.query('INSERT INTO schema_migrations (version, applied_at) VALUES (99, $1)', [new Date().toISOString()]);
    await raw.end();
    await assert.rejects(PostgresStore.open(url), /schema version 99, newer than this Parallax knows/);
  });

  test('postgres: processes opening a new database at once migrate it once', async () => {
    const url = await server.freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url)));
    const newest = Math.max(...postgresMigrations.map((m) => m.version));
    assert.deepEqual(await Promise.all(stores.map((s) => s.schemaVersion())), [newest, newest, newest, newest]);
    await Promise.all(stores.map((s) => s.close()));
  });

  test('postgres: an unreachable server names the URL, without its password, and the fix', async () => {
    await assert.rejects(
      PostgresStore.open(`postgres://parallax:secret@127.0.0.1:${server.port}/no_such_database`),
      (e: Error) => /cannot open PostgreSQL database "postgres:\/\/parallax:\*\*\*@127\.0\.0\.1.*check the URL/.test(e.message) && !e.message.includes('secret'),
    );
  });
});

before(() => {
  if (pgAvailable.skip) console.log(`# postgres tests skipped: ${pgAvailable.skip}`);
});
