/**
 * Schema version 14 on SQLite: `article_entities` names its entity by a small integer key (issue 7,
 * store size).
 *
 * An entity id ("per:joe-biden", "org:nato") is about 15 bytes, written in every row of
 * `article_entities` and again in its index by entity: 16 rows a scaled article, 0.4 KB of the two.
 * `entity_keys` gives each id ever stored a key once (a row is never deleted, so a key never names
 * two entities); a row then holds the key, one to three bytes. The tables the entity listing reads
 * (`entity_stats`, `entity_names`, `entity_langs`, `story_facets`) keep the id itself: they hold a row
 * an entity or a story, not an article.
 *
 * The triggers of version 12 that read `article_entities` are made again with the same steps, reading
 * the id through the key.
 */
import { articleTriggers } from './sqlite-article-entities.ts';
import { STORE_VERSION_BUMP, storyFirstSeq } from './sqlite-story-stats.ts';

/** The id of a row's entity, from its key. */
const idOf = (key: string) => `(SELECT entity FROM entity_keys WHERE key = ${key})`;

/** The entity ids of an article's rows. */
const idsOf = (row: string) => `SELECT k.entity FROM article_entities m JOIN entity_keys k ON k.key = m.entity_key WHERE m.article_seq = ${row}.seq`;

const langsOf = (row: string, delta: string) => `
  INSERT INTO entity_langs (entity, lang, n) SELECT entity, ${row}.lang, ${delta} FROM (${idsOf(row)}) WHERE true
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  DELETE FROM entity_langs WHERE lang = ${row}.lang AND n <= 0 AND entity IN (${idsOf(row)});`;

const facetsEnter = (row: string) => `
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT ${row}.story, 'entity', k.entity, m.n, ${storyFirstSeq(row)} FROM article_entities m JOIN entity_keys k ON k.key = m.entity_key
    WHERE m.article_seq = ${row}.seq AND true
    ON CONFLICT DO UPDATE SET n = n + excluded.n;`;

const facetsLeave = (row: string) => `
  UPDATE story_facets SET n = n - (SELECT m.n FROM article_entities m JOIN entity_keys k ON k.key = m.entity_key
      WHERE m.article_seq = ${row}.seq AND k.entity = story_facets.value)
    WHERE story = ${row}.story AND kind = 'entity' AND value IN (${idsOf(row)});
  DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'entity' AND n <= 0 AND value IN (${idsOf(row)});`;

/** The article of a row deleted on its own; by the cascade of an article's delete it is gone already, and these match nothing. */
const articleOf = (col: string) => `(SELECT ${col} FROM articles WHERE seq = old.article_seq)`;

export const ENTITY_KEYS_SQL = `
  CREATE TABLE entity_keys (key INTEGER PRIMARY KEY, entity TEXT NOT NULL UNIQUE);
  INSERT INTO entity_keys (entity) SELECT DISTINCT entity FROM article_entities ORDER BY entity;

  DROP TRIGGER articles_story_stats_delete;
  DROP TRIGGER articles_story_entities_update;
  DROP TRIGGER articles_entity_langs_delete;
  DROP TRIGGER articles_entity_langs_update;
  DROP TRIGGER article_entities_delete;

  CREATE TABLE article_entities_keyed (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity_key INTEGER NOT NULL,
    n INTEGER NOT NULL,
    forms TEXT NOT NULL,
    PRIMARY KEY (article_seq, entity_key)
  ) WITHOUT ROWID;
  INSERT INTO article_entities_keyed (article_seq, entity_key, n, forms)
    SELECT m.article_seq, k.key, m.n, m.forms FROM article_entities m JOIN entity_keys k ON k.entity = m.entity;
  DROP TABLE article_entities;
  ALTER TABLE article_entities_keyed RENAME TO article_entities;
  CREATE INDEX article_entities_entity ON article_entities(entity_key, article_seq);

${articleTriggers({ facetsLeave, facetsEnter, langsOf })}
  CREATE TRIGGER article_entities_delete AFTER DELETE ON article_entities BEGIN
    UPDATE entity_names SET n = n - (SELECT j.value FROM json_each(old.forms) j WHERE j.key = entity_names.text)
      WHERE entity = ${idOf('old.entity_key')} AND text IN (SELECT key FROM json_each(old.forms));
    DELETE FROM entity_names WHERE entity = ${idOf('old.entity_key')} AND n <= 0;
    UPDATE entity_stats SET articles = articles - 1 WHERE entity = ${idOf('old.entity_key')};
    UPDATE entity_langs SET n = n - 1 WHERE entity = ${idOf('old.entity_key')} AND lang = ${articleOf('lang')};
    DELETE FROM entity_langs WHERE entity = ${idOf('old.entity_key')} AND n <= 0;
    UPDATE story_facets SET n = n - old.n WHERE kind = 'entity' AND value = ${idOf('old.entity_key')} AND story = ${articleOf('story')};
    DELETE FROM story_facets WHERE kind = 'entity' AND value = ${idOf('old.entity_key')} AND n <= 0 AND story = ${articleOf('story')};
    UPDATE entity_stats SET mentions = mentions - old.n WHERE entity = ${idOf('old.entity_key')};
    DELETE FROM entity_stats WHERE entity = ${idOf('old.entity_key')} AND mentions <= 0;
    ${STORE_VERSION_BUMP}
  END;
`;

/** The key of each entity id, new ones given a key: call inside the write's transaction. */
export const ENTITY_KEY_SQL = {
  // No ON CONFLICT: the writer asks for the key first, and a conflict ignored here would hand back another row's id.
  insert: 'INSERT INTO entity_keys (entity) VALUES (?)',
  select: 'SELECT key FROM entity_keys WHERE entity = ?',
} as const;
