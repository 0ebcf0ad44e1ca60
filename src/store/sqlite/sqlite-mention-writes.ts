/**
 * Schema version 10 on SQLite: an article's entity mentions and what the entity pages count of them,
 * written by the store instead of by a trigger per mention.
 *
 * Version 9's insert trigger ran six statements for every mention, and two of them read the article's
 * row for its language and story; both columns sit after the text, so every mention read the text's
 * overflow pages again. The writer knows the article's language and story already and counts the
 * mentions itself. Since version 12 the rows are one per article and entity, with the count and the
 * written forms (sqlite-article-entities.ts), and since version 14 the entity named by a key
 * (sqlite-entity-keys.ts). Deletes keep version 9's trigger: an article is deleted only when it is
 * replaced, and a mention row is never updated.
 *
 * The counts are summed over a write's whole batch (`MentionSums`, mention-sums.ts, which says when
 * they must be written) and upserted once per entity, written form, language and story facet.
 */
import type Database from 'better-sqlite3';
import { perConnection } from './per-connection.ts';
import type { ArticleRecord, StoryId } from '../../article.ts';
import { entitiesOf, MentionSums } from '../mention-sums.ts';
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

const statements = perConnection<Statements>((db) => ({
  entity: db.prepare('INSERT INTO article_entities (article_seq, entity_key, n, forms) VALUES (?, ?, ?, ?)'),
  key: db.prepare(ENTITY_KEY_SQL.select).pluck(),
  newKey: db.prepare(ENTITY_KEY_SQL.insert),
  // A new entity takes the type of its first mention, as the version 9 trigger gave it.
  stats: db.prepare(`INSERT INTO entity_stats (entity, type, mentions, articles) VALUES (?, ?, ?, ?)
    ON CONFLICT (entity) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles`),
  name: db.prepare('INSERT INTO entity_names (entity, text, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n'),
  lang: db.prepare('INSERT INTO entity_langs (entity, lang, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n'),
  // A new facet row fires story_facets_entity_insert, which counts the story on entity_stats: the stats rows are written first.
  facet: db.prepare(`INSERT INTO story_facets (story, kind, value, n, first_seq)
    VALUES (?, 'entity', ?, ?, coalesce((SELECT first_seq FROM story_stats WHERE story = ?), ?))
    ON CONFLICT DO UPDATE SET n = n + excluded.n`),
  bump: db.prepare('UPDATE store_version SET n = n + ?'),
}));

/**
 * A write's entity mentions: each article's rows are inserted as it comes (`add`), and what the entity
 * listing and the story facets count of them is summed until `flush`. Use inside the write's transaction.
 */
export class MentionCounts {
  private readonly s: Statements;
  /** Entity keys looked up or made during this batch. */
  private readonly keys = new Map<string, number>();
  private readonly sums = new MentionSums();

  constructor(db: Database.Database) {
    this.s = statements(db);
  }

  /** Stores the entity mentions of the article row `seq` (already written, in `story`) and adds them to the pending sums. */
  add(seq: number, r: ArticleRecord, story: StoryId): void {
    const entities = entitiesOf(r);
    for (const [entity, e] of entities) this.s.entity.run(seq, this.keyOf(entity), e.n, JSON.stringify(Object.fromEntries(e.names)));
    this.sums.add(seq, r.lang.code, story, entities);
  }

  /** Writes the pending sums and starts anew. */
  flush(): void {
    const { entities, facets, mentions } = this.sums;
    if (mentions === 0) return;
    const s = this.s;
    for (const [entity, e] of entities) s.stats.run(entity, e.type, e.mentions, e.articles);
    for (const [entity, e] of entities) {
      for (const [text, n] of e.names) s.name.run(entity, text, n);
      for (const [lang, n] of e.langs) s.lang.run(entity, lang, n);
    }
    for (const [story, byEntity] of facets) {
      for (const [entity, f] of byEntity) s.facet.run(story, entity, f.n, story, f.seq);
    }
    s.bump.run(mentions);
    this.sums.clear();
  }

  /** The entity's key in `entity_keys` (sqlite-entity-keys.ts), given one if it has none. */
  private keyOf(entity: string): number {
    let key = this.keys.get(entity);
    if (key === undefined) {
      key = (this.s.key.get(entity) as number | undefined) ?? Number(this.s.newKey.run(entity).lastInsertRowid);
      this.keys.set(entity, key);
    }
    return key;
  }
}
