/**
 * Schema version 9 on SQLite: what an entity page shows, kept by triggers, so that a page of the
 * entity listing reads a few rows per entity instead of every mention (an entity mentioned 500,000
 * times took minutes at a million articles, holding the server's one thread).
 *
 * - `entity_stats` gains `articles` (articles that mention the entity) and `stories` (its `entity`
 *   facets, sqlite-story-stats.ts).
 * - `entity_names` (entity, text, n): how often each written form occurs.
 * - `entity_langs` (entity, lang, n): articles per language that mention it.
 *
 * The mention triggers of versions 5 and 8 are replaced by one trigger per event, so that their steps
 * run in a known order (SQLite does not promise an order between triggers). As in version 8, an
 * article's language is gone when the cascade deletes its mentions, so the article's own delete trigger
 * takes its languages away first.
 */
import { MENTION_FACET_DELETE, MENTION_FACET_INSERT } from './sqlite-story-stats.ts';

const bump = 'UPDATE store_version SET n = n + 1;';
/** Whether the mention (row `r`) is its article's only one of its entity, counted after an insert or a delete. */
const alone = (r: string, n: number) => `(SELECT count(*) FROM entity_mentions WHERE article_seq = ${r}.article_seq AND entity = ${r}.entity) = ${n}`;
const langsOf = (row: string, delta: string) => `
  INSERT INTO entity_langs (entity, lang, n) SELECT DISTINCT entity, ${row}.lang, ${delta} FROM entity_mentions WHERE article_seq = ${row}.seq AND true
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  DELETE FROM entity_langs WHERE lang = ${row}.lang AND n <= 0 AND entity IN (SELECT entity FROM entity_mentions WHERE article_seq = ${row}.seq);`;

/** Version 9's trigger per inserted mention; version 10 drops it (sqlite-mention-writes.ts). */
const MENTION_INSERT_TRIGGER = `  CREATE TRIGGER entity_mentions_insert AFTER INSERT ON entity_mentions BEGIN
    INSERT INTO entity_stats (entity, type, mentions) VALUES (new.entity, new.type, 1)
      ON CONFLICT (entity) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO entity_names (entity, text, n) VALUES (new.entity, new.text, 1) ON CONFLICT DO UPDATE SET n = n + 1;
    UPDATE entity_stats SET articles = articles + 1 WHERE entity = new.entity AND ${alone('new', 1)};
    INSERT INTO entity_langs (entity, lang, n) SELECT new.entity, lang, 1 FROM articles WHERE seq = new.article_seq AND ${alone('new', 1)}
      ON CONFLICT DO UPDATE SET n = n + 1;
${MENTION_FACET_INSERT}
    ${bump}
  END;`;

export const ENTITY_STATS_SQL = `
  ALTER TABLE entity_stats ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entity_stats ADD COLUMN stories INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE entity_names (entity TEXT NOT NULL, text TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, text)) WITHOUT ROWID;
  CREATE TABLE entity_langs (entity TEXT NOT NULL, lang TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, lang)) WITHOUT ROWID;

  INSERT INTO entity_names (entity, text, n) SELECT entity, text, count(*) FROM entity_mentions GROUP BY entity, text;
  -- An article's language through an index: the column sits after the article's text.
  CREATE TEMP TABLE article_lang AS SELECT seq, lang FROM articles INDEXED BY articles_lang_story;
  CREATE UNIQUE INDEX temp.article_lang_seq ON article_lang(seq, lang);
  CREATE TEMP TABLE entity_article AS SELECT DISTINCT entity, article_seq FROM entity_mentions;
  INSERT INTO entity_langs (entity, lang, n)
    SELECT e.entity, l.lang, count(*) FROM entity_article e JOIN article_lang l ON l.seq = e.article_seq GROUP BY e.entity, l.lang;
  UPDATE entity_stats SET articles = coalesce((SELECT sum(n) FROM entity_langs l WHERE l.entity = entity_stats.entity), 0),
    stories = (SELECT count(*) FROM story_facets f WHERE f.kind = 'entity' AND f.value = entity_stats.entity);
  DROP TABLE temp.entity_article;
  DROP TABLE temp.article_lang;

  DROP TRIGGER entity_mentions_count_insert;
  DROP TRIGGER entity_mentions_count_delete;
  DROP TRIGGER entity_mentions_facet_insert;
  DROP TRIGGER entity_mentions_facet_delete;
${MENTION_INSERT_TRIGGER}
  CREATE TRIGGER entity_mentions_delete AFTER DELETE ON entity_mentions BEGIN
    UPDATE entity_names SET n = n - 1 WHERE entity = old.entity AND text = old.text;
    DELETE FROM entity_names WHERE entity = old.entity AND text = old.text AND n <= 0;
    UPDATE entity_stats SET articles = articles - 1 WHERE entity = old.entity AND ${alone('old', 0)};
    -- Only a mention deleted on its own: by the cascade of an article's delete the article is gone already.
    UPDATE entity_langs SET n = n - 1 WHERE entity = old.entity AND lang = (SELECT lang FROM articles WHERE seq = old.article_seq) AND ${alone('old', 0)};
    DELETE FROM entity_langs WHERE entity = old.entity AND n <= 0;
${MENTION_FACET_DELETE}
    UPDATE entity_stats SET mentions = mentions - 1 WHERE entity = old.entity;
    DELETE FROM entity_stats WHERE entity = old.entity AND mentions <= 0;
    ${bump}
  END;
  CREATE TRIGGER story_facets_entity_insert AFTER INSERT ON story_facets WHEN new.kind = 'entity' BEGIN
    UPDATE entity_stats SET stories = stories + 1 WHERE entity = new.value;
  END;
  CREATE TRIGGER story_facets_entity_delete AFTER DELETE ON story_facets WHEN old.kind = 'entity' BEGIN
    UPDATE entity_stats SET stories = stories - 1 WHERE entity = old.value;
  END;
  CREATE TRIGGER articles_entity_langs_delete BEFORE DELETE ON articles BEGIN ${langsOf('old', '-1')} END;
  CREATE TRIGGER articles_entity_langs_update AFTER UPDATE OF lang ON articles WHEN old.lang IS NOT new.lang BEGIN
    ${langsOf('old', '-1')} ${langsOf('new', '1')}
  END;
`;
