/**
 * Schema version 8 on SQLite: per-story counts and facets kept by triggers, so that the story list
 * and its filters read one index instead of aggregating or materialising every matching article
 * (issue 7, a million articles).
 *
 * - `story_stats` (story, first_seq, members, independent): a row while the story has members.
 * - `story_facets` (story, kind, value, n, first_seq): kind `lang` (a member's language), `day` (a
 *   member's publication day, `YYYY-MM-DD`, for dated members only) and `entity` (an entity a member
 *   mentions); n counts the rows behind it, and the row goes when n reaches 0.
 * - `store_version`: one counter, bumped by every change to articles, mentions, stories and story
 *   changes, so that a reader can tell cheaply whether anything was written since it last looked.
 *
 * first_seq is the story's founding position, copied from `stories` (a story row may be written after
 * its first article, or replaced by a split that takes its id over: the `stories` triggers copy it
 * again). A deleted article's mentions go by the cascade after the article row is gone, so the
 * article's own delete trigger takes its entity facets away first.
 */
import type Database from 'better-sqlite3';

const DATED = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;
/** A story's first_seq as known so far (its stats, its row, or the article itself while neither exists). */
export const storyFirstSeq = (row: string) =>
  `coalesce((SELECT first_seq FROM story_stats WHERE story = ${row}.story), (SELECT first_seq FROM stories WHERE id = ${row}.story), ${row}.seq)`;

/** What an article brings to its story (`row` is new) or takes away from it (`row` is old). */
const enter = (row: string) => `
  INSERT INTO story_stats (story, first_seq, members, independent)
    VALUES (${row}.story, coalesce((SELECT first_seq FROM stories WHERE id = ${row}.story), ${row}.seq), 1, ${row}.relation_kind IS NULL)
    ON CONFLICT (story) DO UPDATE SET members = members + 1, independent = independent + excluded.independent;
  INSERT INTO story_facets (story, kind, value, n, first_seq) VALUES (${row}.story, 'lang', ${row}.lang, 1, ${storyFirstSeq(row)})
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT ${row}.story, 'day', substr(${row}.published, 1, 10), 1, ${storyFirstSeq(row)} WHERE ${row}.published ${DATED}
    ON CONFLICT DO UPDATE SET n = n + 1;`;
export const ARTICLE_LEAVES_STORY = (row: string) => `
  UPDATE story_stats SET members = members - 1, independent = independent - (${row}.relation_kind IS NULL) WHERE story = ${row}.story;
  DELETE FROM story_stats WHERE story = ${row}.story AND members <= 0;
  UPDATE story_facets SET n = n - 1 WHERE story = ${row}.story AND kind = 'lang' AND value = ${row}.lang;
  DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'lang' AND value = ${row}.lang AND n <= 0;
  UPDATE story_facets SET n = n - 1 WHERE story = ${row}.story AND kind = 'day' AND value = substr(${row}.published, 1, 10) AND ${row}.published ${DATED};
  DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'day' AND value = substr(${row}.published, 1, 10) AND n <= 0;`;
const entitiesEnter = (row: string) => `
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT ${row}.story, 'entity', entity, count(*), ${storyFirstSeq(row)} FROM entity_mentions WHERE article_seq = ${row}.seq GROUP BY entity
    ON CONFLICT DO UPDATE SET n = n + excluded.n;`;
const entitiesLeave = (row: string) => `
  UPDATE story_facets SET n = n - (SELECT count(*) FROM entity_mentions m WHERE m.article_seq = ${row}.seq AND m.entity = story_facets.value)
    WHERE story = ${row}.story AND kind = 'entity' AND value IN (SELECT entity FROM entity_mentions WHERE article_seq = ${row}.seq);
  DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'entity' AND n <= 0
    AND value IN (SELECT entity FROM entity_mentions WHERE article_seq = ${row}.seq);`;
export const STORE_VERSION_BUMP = 'UPDATE store_version SET n = n + 1;';
/** A mention's entity facet on its article's story (also in version 9's mention triggers). */
export const MENTION_FACET_INSERT = `    INSERT INTO story_facets (story, kind, value, n, first_seq)
      SELECT a.story, 'entity', new.entity, 1, coalesce(t.first_seq, a.seq) FROM articles a LEFT JOIN story_stats t ON t.story = a.story
      WHERE a.seq = new.article_seq
      ON CONFLICT DO UPDATE SET n = n + 1;`;
/** Only a mention deleted on its own: by the cascade of an article's delete the article is gone already. */
export const MENTION_FACET_DELETE = `    UPDATE story_facets SET n = n - 1 WHERE kind = 'entity' AND value = old.entity AND story = (SELECT story FROM articles WHERE seq = old.article_seq);
    DELETE FROM story_facets WHERE kind = 'entity' AND value = old.entity AND n <= 0 AND story = (SELECT story FROM articles WHERE seq = old.article_seq);`;

export const STORY_STATS_SQL = `
  CREATE TABLE story_stats (story TEXT PRIMARY KEY, first_seq INTEGER NOT NULL, members INTEGER NOT NULL, independent INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE story_facets (story TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL, first_seq INTEGER NOT NULL,
    PRIMARY KEY (story, kind, value)) WITHOUT ROWID;
  CREATE TABLE store_version (n INTEGER NOT NULL);
  INSERT INTO store_version (n) VALUES (0);

  -- Filled from what is stored. A temporary map of article to story read through the story index, since
  -- an article's story column sits after its text.
  CREATE TEMP TABLE article_story AS SELECT seq, story FROM articles INDEXED BY articles_story;
  CREATE UNIQUE INDEX temp.article_story_seq ON article_story(seq, story);
  INSERT INTO story_stats (story, first_seq, members, independent)
    SELECT a.story, coalesce(s.first_seq, min(a.seq)), count(*), sum(a.relation_kind IS NULL)
    FROM articles a INDEXED BY articles_story_summary LEFT JOIN stories s ON s.id = a.story GROUP BY a.story;
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT story, 'lang', lang, count(*), 0 FROM articles INDEXED BY articles_story_summary GROUP BY story, lang;
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT story, 'day', substr(published, 1, 10), count(*), 0 FROM articles INDEXED BY articles_story_summary
    WHERE published ${DATED} GROUP BY story, substr(published, 1, 10);
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT x.story, 'entity', m.entity, count(*), 0 FROM entity_mentions m JOIN article_story x ON x.seq = m.article_seq
    GROUP BY x.story, m.entity;
  DROP TABLE temp.article_story;
  UPDATE story_facets SET first_seq = (SELECT first_seq FROM story_stats t WHERE t.story = story_facets.story);
  CREATE INDEX story_stats_order ON story_stats(first_seq);
  CREATE INDEX story_facets_order ON story_facets(kind, value, first_seq);
  -- The earliest and latest publication of a story by two index seeks; an article's story without its row.
  CREATE INDEX articles_story_published ON articles(story, published);
  CREATE INDEX articles_seq_story ON articles(seq, story);

  CREATE TRIGGER articles_story_stats_insert AFTER INSERT ON articles BEGIN ${enter('new')} ${STORE_VERSION_BUMP} END;
  CREATE TRIGGER articles_story_stats_delete BEFORE DELETE ON articles BEGIN ${ARTICLE_LEAVES_STORY('old')} ${entitiesLeave('old')} ${STORE_VERSION_BUMP} END;
  CREATE TRIGGER articles_story_stats_update AFTER UPDATE OF story, lang, published, relation_kind ON articles BEGIN
    ${ARTICLE_LEAVES_STORY('old')} ${enter('new')} ${STORE_VERSION_BUMP}
  END;
  CREATE TRIGGER articles_story_entities_update BEFORE UPDATE OF story ON articles WHEN old.story IS NOT new.story BEGIN
    ${entitiesLeave('old')} ${entitiesEnter('new')}
  END;
  CREATE TRIGGER entity_mentions_facet_insert AFTER INSERT ON entity_mentions BEGIN
${MENTION_FACET_INSERT}
    ${STORE_VERSION_BUMP}
  END;
  -- Only a mention deleted on its own: by the cascade of an article's delete the article is gone already.
  CREATE TRIGGER entity_mentions_facet_delete AFTER DELETE ON entity_mentions BEGIN
${MENTION_FACET_DELETE}
    ${STORE_VERSION_BUMP}
  END;
  CREATE TRIGGER stories_story_stats_insert AFTER INSERT ON stories BEGIN
    UPDATE story_stats SET first_seq = new.first_seq WHERE story = new.id;
    UPDATE story_facets SET first_seq = new.first_seq WHERE story = new.id;
    ${STORE_VERSION_BUMP}
  END;
  CREATE TRIGGER stories_story_stats_update AFTER UPDATE ON stories BEGIN
    UPDATE story_stats SET first_seq = new.first_seq WHERE story = new.id AND first_seq IS NOT new.first_seq;
    UPDATE story_facets SET first_seq = new.first_seq WHERE story = new.id AND first_seq IS NOT new.first_seq;
    ${STORE_VERSION_BUMP}
  END;
  CREATE TRIGGER stories_version_delete AFTER DELETE ON stories BEGIN ${STORE_VERSION_BUMP} END;
  CREATE TRIGGER story_changes_version AFTER INSERT ON story_changes BEGIN ${STORE_VERSION_BUMP} END;
`;

/** What version 8 adds to a store's pages: the read path's summaries and indexes, not the articles' analysis. */
export const STORY_STATS_OBJECTS = ['story_stats', 'story_stats_order', 'story_facets', 'story_facets_order', 'store_version', 'articles_story_published', 'articles_seq_story'];

/** The store's change counter (see STORY_STATS_SQL). */
export function sqliteStoreVersion(db: Database.Database): number {
  return Number(db.prepare('SELECT n FROM store_version').pluck().get());
}
