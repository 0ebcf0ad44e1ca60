import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { articleId, storyId, type StoryId } from '../../article.ts';
import { resolveConfig } from '../../config.ts';
import { entityId } from '../../entities/entity.ts';
import { Corpus } from '../../cluster/corpus.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { collect, type StoryQuery, type StorySummary } from '../store.ts';
import { factsOf } from '../../facts/fact.ts';
import { decodeFacts } from '../facts-codec.ts';
import { unpackText } from '../packed-text.ts';
import { writeOlderSqliteStore } from './older-sqlite-store.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteStoreVersion } from './sqlite-story-stats.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-story-stats-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cfg = resolveConfig();
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'examples', 'corpus');
const DATED = `published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;

/** `older`: made as an older version could hold it, without reported topics (regroup-around.ts). */
async function sampleStore(name: string, older = false): Promise<{ store: SqliteStore; path: string }> {
  const path = join(dir, name);
  const store = new SqliteStore(path);
  await ingest(readInputs([CORPUS]), store, older ? new Corpus(cfg, { regroupThreshold: 0 }) : await openCorpus(store, cfg), cfg);
  return { store, path };
}

/** Each article's entity mentions, [seq, entity, written form], as its facts give them. */
function mentionsFromFacts(db: Database.Database): string {
  const out: Array<[number, string, string]> = [];
  for (const a of db.prepare('SELECT seq, text, facts FROM articles').all() as Array<{ seq: number; text: unknown; facts: Buffer }>) {
    for (const m of factsOf(decodeFacts(a.facts, unpackText(a.text)), 'entity')) out.push([a.seq, m.entity, m.text]);
  }
  return JSON.stringify(out);
}
/** Mentions as (article_seq, entity, text, c): c mentions of the written form `text`. */
const FROM_FACTS = '(SELECT j.value->>0 AS article_seq, j.value->>1 AS entity, j.value->>2 AS text, 1 AS c FROM json_each(@facts) j)';
const FROM_ROWS = '(SELECT m.article_seq, k.entity, f.key AS text, f.value AS c FROM article_entities m JOIN entity_keys k ON k.key = m.entity_key, json_each(m.forms) f)';

/**
 * The summary tables as the triggers keep them, and as counted again from the articles: they must
 * agree; and the entity rows must be what the articles' facts say (unless a test deleted one itself).
 */
function assertRecount(path: string, rowsAreFacts = true): void {
  const db = new Database(path, { readonly: true });
  try {
    const facts = mentionsFromFacts(db);
    const rows = (sql: string) => db.prepare(sql).all(sql.includes('@facts') ? { facts } : {}).map((r) => JSON.stringify(r)).sort();
    const byForm = (src: string) => rows(`SELECT article_seq, entity, text, sum(c) AS n FROM ${src} GROUP BY article_seq, entity, text`);
    if (rowsAreFacts) assert.deepEqual(byForm(FROM_ROWS), byForm(FROM_FACTS));
    assert.deepEqual(rows('SELECT story, first_seq, members, independent FROM story_stats'), rows(`SELECT a.story, s.first_seq, count(*) AS members,
      sum(a.relation_kind IS NULL) AS independent FROM articles a JOIN stories s ON s.id = a.story GROUP BY a.story`));
    const counted = rows(`SELECT * FROM (
        SELECT story, 'lang' AS kind, lang AS value, count(*) AS n FROM articles GROUP BY story, lang
        UNION ALL SELECT story, 'day', substr(published, 1, 10), count(*) FROM articles WHERE ${DATED} GROUP BY story, substr(published, 1, 10)
        UNION ALL SELECT a.story, 'entity', m.entity, sum(m.c) FROM ${FROM_ROWS} m JOIN articles a ON a.seq = m.article_seq GROUP BY a.story, m.entity)`);
    assert.deepEqual(rows('SELECT story, kind, value, n FROM story_facets'), counted);
    assert.equal(db.prepare('SELECT count(*) FROM story_facets f JOIN stories s ON s.id = f.story WHERE f.first_seq != s.first_seq').pluck().get(), 0);
    // Schema 9: what the entity listing shows.
    assert.deepEqual(rows('SELECT entity, mentions, articles, stories FROM entity_stats'), rows(`SELECT m.entity, sum(m.c) AS mentions,
      count(DISTINCT m.article_seq) AS articles, count(DISTINCT a.story) AS stories FROM ${FROM_ROWS} m JOIN articles a ON a.seq = m.article_seq GROUP BY m.entity`));
    assert.deepEqual(rows('SELECT entity, text, n FROM entity_names'), rows(`SELECT entity, text, sum(c) AS n FROM ${FROM_ROWS} GROUP BY entity, text`));
    assert.deepEqual(rows('SELECT entity, lang, n FROM entity_langs'), rows(`SELECT m.entity, a.lang, count(DISTINCT m.article_seq) AS n
      FROM ${FROM_ROWS} m JOIN articles a ON a.seq = m.article_seq GROUP BY m.entity, a.lang`));
  } finally {
    db.close();
  }
}

/** Every page of a query through the store, against the same query answered from the articles themselves (schema 7's SQL). */
async function assertListing(store: SqliteStore, path: string, query: Omit<StoryQuery, 'limit'>): Promise<void> {
  const db = new Database(path, { readonly: true });
  const where = ['EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)'];
  const params: Record<string, string> = {};
  if (query.topic) { where.push('s.topic = @topic'); params.topic = query.topic; }
  if (query.entity) { where.push('s.id IN (SELECT a.story FROM article_entities m JOIN entity_keys k ON k.key = m.entity_key JOIN articles a ON a.seq = m.article_seq WHERE k.entity = @entity)'); params.entity = query.entity; }
  if (query.language) { where.push('s.id IN (SELECT story FROM articles WHERE lang = @language)'); params.language = query.language; }
  if (query.from || query.to) {
    where.push(`s.id IN (SELECT story FROM articles WHERE ${DATED} AND substr(published, 1, 10) >= @from AND substr(published, 1, 10) <= @to)`);
    params.from = query.from ?? '';
    params.to = query.to ?? '9999';
  }
  const expected = db.prepare(`SELECT s.id FROM stories s WHERE ${where.join(' AND ')} ORDER BY s.first_seq DESC`).pluck().all(params);
  db.close();
  const got: string[] = [];
  for (let after: string | undefined, pages = 0; pages < 100; pages++) {
    const page = await store.listStories({ ...query, limit: 2, after });
    got.push(...page.items.map((s) => s.id));
    if (!page.next) break;
    after = page.next;
  }
  assert.deepEqual(got, expected, JSON.stringify(query));
}

/** The summaries as schema 7 aggregated them over every member. */
function recountedSummary(path: string, id: StoryId): Partial<StorySummary> {
  const db = new Database(path, { readonly: true });
  const r = db.prepare(`SELECT count(*) AS articles, sum(relation_kind IS NULL) AS independent, max(seq) AS lastSeq,
    min(published) AS earliest, max(published) AS latest FROM articles WHERE story = ?`).get(id) as Record<string, unknown>;
  const languages = (db.prepare('SELECT DISTINCT lang FROM articles WHERE story = ? ORDER BY lang').pluck().all(id) as string[]);
  db.close();
  return { articles: Number(r.articles), independent: Number(r.independent), lastSeq: Number(r.lastSeq), earliest: r.earliest as string | null, latest: r.latest as string | null, languages };
}

async function assertReads(store: SqliteStore, path: string, rowsAreFacts = true): Promise<void> {
  assertRecount(path, rowsAreFacts);
  const all = await store.stories();
  for (const s of all) {
    const { id, topic, title, firstSeq, ...counts } = s;
    assert.deepEqual(counts, recountedSummary(path, id), id);
  }
  const db = new Database(path, { readonly: true });
  const langs = db.prepare('SELECT DISTINCT lang FROM articles').pluck().all() as string[];
  const entities = db.prepare('SELECT entity FROM entity_stats ORDER BY mentions DESC LIMIT 4').pluck().all() as string[];
  const days = db.prepare(`SELECT DISTINCT substr(published, 1, 10) FROM articles WHERE ${DATED} ORDER BY 1`).pluck().all() as string[];
  db.close();
  await assertListing(store, path, {});
  for (const language of langs) await assertListing(store, path, { language });
  for (const e of entities) {
    await assertListing(store, path, { entity: entityId(e) });
    await assertListing(store, path, { entity: entityId(e), language: langs[0] });
  }
  for (const s of all.slice(0, 3)) await assertListing(store, path, { topic: s.topic, language: langs[0] });
  const mid = days[Math.floor(days.length / 2)];
  await assertListing(store, path, { from: days[0], to: mid });
  await assertListing(store, path, { from: mid });
  await assertListing(store, path, { to: mid, language: langs[1] });
  await assertListing(store, path, { from: '2000-01-01', to: '1999-01-01' });
}

test('story stats: the summary tables agree with a recount, and every filter with schema 7\'s SQL, after ingest, replacement and story changes', async () => {
  const { store, path } = await sampleStore('kept.db');
  await assertReads(store, path);
  const version = sqliteStoreVersion(new Database(path, { readonly: true }));
  // A replaced article (new text, another date) is a delete and an insert; an article's entity row deleted on its own.
  const [first, second] = await collect(store.articles());
  const text = 'Die Stadt Darmstadt meldete am Dienstag einen neuen Rekord bei den Fahrgastzahlen der Straßenbahn, sagte Bürgermeisterin Anna Weber.';
  await ingest((async function* () { yield { ok: true as const, article: rawArticle(first!.id, text, { published: '2024-12-31T23:00:00Z', declaredLang: 'de' }) }; })(),
    store, await openCorpus(store, cfg), cfg);
  const raw = new Database(path);
  raw.pragma('foreign_keys = ON');
  raw.prepare('DELETE FROM article_entities WHERE (article_seq, entity_key) IN (SELECT article_seq, entity_key FROM article_entities WHERE n > 1 LIMIT 1)').run();
  raw.prepare('UPDATE articles SET published = ? WHERE id = ?').run('2023-01-05', second!.id);
  raw.prepare("UPDATE articles SET lang = 'xx' WHERE seq = (SELECT article_seq FROM article_entities GROUP BY article_seq HAVING count(*) > 1 LIMIT 1)").run();
  raw.close();
  assert.ok(sqliteStoreVersion(new Database(path, { readonly: true })) > version, 'every write bumps the store version');
  await assertReads(store, path, false);
  // A merge and a split that founds a new story.
  const stories = await store.stories();
  const [a, b] = stories;
  await store.applyStoryChanges([{ kind: 'merge', from: b!.id, into: a!.id, topic: a!.topic, score: 0.5 }]);
  await assertReads(store, path, false);
  // Not the founder: a split founded by it would share its first_seq, and the cursor does not part ties.
  const moved = (await store.storyMembers(a!.id)).at(-1)!;
  await store.applyStoryChanges([{ kind: 'move', from: a!.id, into: storyId('s-split'), articles: [moved.id], created: true, topic: a!.topic, score: 0.5 }]);
  await assertReads(store, path, false);
  assert.equal((await store.story(storyId('s-split')))?.articles, 1);
  await store.close();
});

test('story stats: a version 6 store is upgraded, its answers as the current store gives them', async () => {
  const { store: source } = await sampleStore('source.db', true);
  const path = join(dir, 'v6.db');
  await writeOlderSqliteStore(path, source, 6);
  const upgraded = new SqliteStore(path);
  assert.equal(upgraded.schemaVersion(), Math.max(...sqliteMigrations.map((m) => m.version)));
  assert.deepEqual(await upgraded.entities({ limit: 1000 }), await source.entities({ limit: 1000 }));
  await assertReads(upgraded, path);
  assert.deepEqual(await upgraded.stories(), await source.stories());
  for (const q of [{}, { language: 'de' }, { from: '2024-01-01' }, { q: 'the' }] as const) {
    assert.deepEqual(await upgraded.listStories({ ...q, limit: 50 }), await source.listStories({ ...q, limit: 50 }));
  }
  assert.ok((await upgraded.listStories({ limit: 50 })).items.length > 3);
  await upgraded.close();
  await source.close();
});

test('story stats: a version 9 store (mention counts kept by a trigger, a row a mention) upgraded and written to further still agrees with a recount', async () => {
  const { store: source } = await sampleStore('v9-source.db', true);
  const path = join(dir, 'v9.db');
  await writeOlderSqliteStore(path, source, 9);
  await source.close();
  const old = new Database(path, { readonly: true });
  assert.ok(Number(old.prepare('SELECT count(*) FROM entity_mentions').pluck().get()) > 20, 'the older store has its mentions');
  old.close();
  const upgraded = new SqliteStore(path);
  assert.equal(upgraded.schemaVersion(), Math.max(...sqliteMigrations.map((m) => m.version)));
  await assertReads(upgraded, path);
  const text = 'Bürgermeisterin Anna Weber aus Darmstadt traf am Montag in Berlin den Verkehrsminister; Anna Weber sagte, die Straßenbahn wachse.';
  await ingest((async function* () {
    yield { ok: true as const, article: rawArticle('weber-1', text, { published: '2024-11-04', declaredLang: 'de' }) };
    yield { ok: true as const, article: rawArticle('weber-2', `${text} Darmstadt plant zwei neue Linien.`, { published: '2024-11-05', declaredLang: 'de' }) };
  })(), upgraded, await openCorpus(upgraded, cfg), cfg);
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('entity_mentions', 'entity_mentions_insert')").pluck().get(), 0, 'the mention rows and their trigger are gone');
  db.close();
  await assertReads(upgraded, path);
  await upgraded.close();
});
