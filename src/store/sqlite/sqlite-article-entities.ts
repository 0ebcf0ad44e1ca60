/**
 * Schema version 12 on SQLite: one row per article and entity instead of one per mention (issue 7,
 * store size).
 *
 * `entity_mentions` held every mention with its offsets, type, role and written form, and two indexes:
 * 1.4 KB an NTREX article, 16 rows. Nothing reads a single mention from it: the mentions with their
 * offsets are in the article's facts, and what the entity pages and the story facets count is per
 * article and entity. `article_entities` keeps that: how many mentions, and how often each written form
 * occurs (`forms`, a JSON object), which the entity listing's names are counted from. 8 rows an NTREX
 * article, 0.66 KB with its index.
 *
 * The triggers of versions 8 and 9 that read `entity_mentions` are made again over the new table, with
 * the same steps: a row counts its `n` mentions where a mention counted one. A deleted article's rows go
 * by the cascade after the article row is gone, so the article's own delete trigger takes its entity
 * facets and languages away first, as before.
 */
import { ARTICLE_LEAVES_STORY, STORE_VERSION_BUMP, storyFirstSeq } from './sqlite-story-stats.ts';

const entitiesOf = (row: string) => `SELECT entity FROM article_entities WHERE article_seq = ${row}.seq`;

const langsOf = (row: string, delta: string) => `
  INSERT INTO entity_langs (entity, lang, n) SELECT entity, ${row}.lang, ${delta} FROM article_entities WHERE article_seq = ${row}.seq AND true
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  DELETE FROM entity_langs WHERE lang = ${row}.lang AND n <= 0 AND entity IN (${entitiesOf(row)});`;

const facetsEnter = (row: string) => `
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT ${row}.story, 'entity', entity, n, ${storyFirstSeq(row)} FROM article_entities WHERE article_seq = ${row}.seq AND true
    ON CONFLICT DO UPDATE SET n = n + excluded.n;`;

const facetsLeave = (row: string) => `
  UPDATE story_facets SET n = n - (SELECT m.n FROM article_entities m WHERE m.article_seq = ${row}.seq AND m.entity = story_facets.value)
    WHERE story = ${row}.story AND kind = 'entity' AND value IN (${entitiesOf(row)});
  DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'entity' AND n <= 0 AND value IN (${entitiesOf(row)});`;

/** How an article's entity rows enter and leave its story's facets and its entities' languages (`row` is new or old). */
export interface EntityRowSteps {
  facetsLeave: (row: string) => string;
  facetsEnter: (row: string) => string;
  langsOf: (row: string, delta: string) => string;
}

/** The triggers on `articles` that carry its entity rows along when it is deleted or moves story or language. */
export const articleTriggers = ({ facetsLeave, facetsEnter, langsOf }: EntityRowSteps) => `  CREATE TRIGGER articles_story_stats_delete BEFORE DELETE ON articles BEGIN ${ARTICLE_LEAVES_STORY('old')} ${facetsLeave('old')} ${STORE_VERSION_BUMP} END;
  CREATE TRIGGER articles_story_entities_update BEFORE UPDATE OF story ON articles WHEN old.story IS NOT new.story BEGIN
    ${facetsLeave('old')} ${facetsEnter('new')}
  END;
  CREATE TRIGGER articles_entity_langs_delete BEFORE DELETE ON articles BEGIN ${langsOf('old', '-1')} END;
  CREATE TRIGGER articles_entity_langs_update AFTER UPDATE OF lang ON articles WHEN old.lang IS NOT new.lang BEGIN
    ${langsOf('old', '-1')} ${langsOf('new', '1')}
  END;`;

/** The article of a row deleted on its own; by the cascade of an article's delete it is gone already, and these match nothing. */
const articleOf = (col: string) => `(SELECT ${col} FROM articles WHERE seq = old.article_seq)`;

export const ARTICLE_ENTITIES_SQL = `
  CREATE TABLE article_entities (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    n INTEGER NOT NULL,
    forms TEXT NOT NULL,
    PRIMARY KEY (article_seq, entity)
  ) WITHOUT ROWID;
  INSERT INTO article_entities (article_seq, entity, n, forms)
    SELECT article_seq, entity, sum(c), json_group_object(text, c)
    FROM (SELECT article_seq, entity, text, count(*) AS c FROM entity_mentions GROUP BY article_seq, entity, text)
    GROUP BY article_seq, entity;
  CREATE INDEX article_entities_entity ON article_entities(entity, article_seq);

  DROP TRIGGER articles_story_stats_delete;
  DROP TRIGGER articles_story_entities_update;
  DROP TRIGGER articles_entity_langs_delete;
  DROP TRIGGER articles_entity_langs_update;
  DROP TABLE entity_mentions;

${articleTriggers({ facetsLeave, facetsEnter, langsOf })}
  CREATE TRIGGER article_entities_delete AFTER DELETE ON article_entities BEGIN
    UPDATE entity_names SET n = n - (SELECT j.value FROM json_each(old.forms) j WHERE j.key = entity_names.text)
      WHERE entity = old.entity AND text IN (SELECT key FROM json_each(old.forms));
    DELETE FROM entity_names WHERE entity = old.entity AND n <= 0;
    UPDATE entity_stats SET articles = articles - 1 WHERE entity = old.entity;
    UPDATE entity_langs SET n = n - 1 WHERE entity = old.entity AND lang = ${articleOf('lang')};
    DELETE FROM entity_langs WHERE entity = old.entity AND n <= 0;
    UPDATE story_facets SET n = n - old.n WHERE kind = 'entity' AND value = old.entity AND story = ${articleOf('story')};
    DELETE FROM story_facets WHERE kind = 'entity' AND value = old.entity AND n <= 0 AND story = ${articleOf('story')};
    UPDATE entity_stats SET mentions = mentions - old.n WHERE entity = old.entity;
    DELETE FROM entity_stats WHERE entity = old.entity AND mentions <= 0;
    ${STORE_VERSION_BUMP}
  END;
`;
