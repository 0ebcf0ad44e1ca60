/**
 * Schema version 10 on SQLite: an article's entity mentions and what the entity pages count of them,
 * written once per article instead of by a trigger per mention.
 *
 * Version 9's insert trigger ran six statements for every mention, and two of them read the article's
 * row for its language and story; both columns sit after the text, so every mention read the text's
 * overflow pages again. That was half of the main thread's time in a write. The writer knows the
 * article's language and story already, and counts the mentions per entity and per written form
 * itself, so each count is one upsert per entity. Deletes keep version 9's trigger: an article is
 * deleted only when it is replaced, and a mention row is never updated. Since version 12 the rows are
 * one per article and entity, with the count and the written forms (sqlite-article-entities.ts), and
 * since version 14 the entity named by a key (sqlite-entity-keys.ts).
 */
import type Database from 'better-sqlite3';
import type { ArticleRecord, StoryId } from '../../article.ts';
import { factsOf } from '../../facts/fact.ts';
import { ENTITY_KEY_SQL } from './sqlite-entity-keys.ts';

export const MENTION_WRITES_SQL = 'DROP TRIGGER entity_mentions_insert;';

interface Statements {
  entity: Database.Statement;
  key: Database.Statement;
  newKey: Database.Statement;
  stats: Database.Statement;
  name: Database.Statement;
  lang: Database.Statement;
  facet: Database.Statement;
  bump: Database.Statement;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      entity: db.prepare('INSERT INTO article_entities (article_seq, entity_key, n, forms) VALUES (?, ?, ?, ?)'),
      key: db.prepare(ENTITY_KEY_SQL.select).pluck(),
      newKey: db.prepare(ENTITY_KEY_SQL.insert),
      // A new entity takes the type of its first mention, as the version 9 trigger gave it.
      stats: db.prepare(`INSERT INTO entity_stats (entity, type, mentions, articles) VALUES (?, ?, ?, 1)
        ON CONFLICT (entity) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1`),
      name: db.prepare('INSERT INTO entity_names (entity, text, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n'),
      lang: db.prepare('INSERT INTO entity_langs (entity, lang, n) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET n = n + 1'),
      // A new facet row fires story_facets_entity_insert, which counts the story on entity_stats: the stats row exists by then.
      facet: db.prepare(`INSERT INTO story_facets (story, kind, value, n, first_seq)
        VALUES (?, 'entity', ?, ?, coalesce((SELECT first_seq FROM story_stats WHERE story = ?), ?))
        ON CONFLICT DO UPDATE SET n = n + excluded.n`),
      bump: db.prepare('UPDATE store_version SET n = n + ?'),
    };
    prepared.set(db, s);
  }
  return s;
}

/** The entity's key in `entity_keys` (sqlite-entity-keys.ts), given one if it has none. */
function keyOf(s: Statements, entity: string): number {
  const known = s.key.get(entity) as number | undefined;
  if (known !== undefined) return known;
  return Number(s.newKey.run(entity).lastInsertRowid);
}

/**
 * Stores an article's entity mentions (the article row `seq`, already written, in `story`) and adds
 * them to the entity listing's counts and the story's entity facets. Call inside the write's transaction.
 */
export function writeMentions(db: Database.Database, seq: number, r: ArticleRecord, story: StoryId): void {
  const mentions = factsOf(r.facts, 'entity');
  if (mentions.length === 0) return;
  const s = statements(db);
  const byEntity = new Map<string, { type: string; n: number; names: Map<string, number> }>();
  for (const m of mentions) {
    let e = byEntity.get(m.entity);
    if (!e) byEntity.set(m.entity, (e = { type: m.type, n: 0, names: new Map() }));
    e.n++;
    e.names.set(m.text, (e.names.get(m.text) ?? 0) + 1);
  }
  for (const [entity, e] of byEntity) {
    s.entity.run(seq, keyOf(s, entity), e.n, JSON.stringify(Object.fromEntries(e.names)));
    s.stats.run(entity, e.type, e.n);
    for (const [text, n] of e.names) s.name.run(entity, text, n);
    s.lang.run(entity, r.lang.code);
    s.facet.run(story, entity, e.n, story, seq);
  }
  s.bump.run(mentions.length);
}
