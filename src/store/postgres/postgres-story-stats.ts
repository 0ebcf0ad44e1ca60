/**
 * Schema version 8 on PostgreSQL: what SQLite's version 8 holds (see sqlite-story-stats.ts), kept by
 * plpgsql triggers. As there, an article's delete trigger takes its entity facets away before the
 * cascade removes its mentions (the cascade runs after the article row is gone), and a mention deleted
 * on its own takes its facet away itself. The version counter is a row, not a sequence: a sequence
 * moves before its transaction commits, and a reader could tag an answer about uncommitted data.
 */
const DATED = `~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'`;
const FIRST = (row: string) =>
  `coalesce((SELECT first_seq FROM story_stats WHERE story = ${row}.story), (SELECT first_seq FROM stories WHERE id = ${row}.story), ${row}.seq)`;

const enter = (row: string) => `
    INSERT INTO story_stats (story, first_seq, members, independent)
      VALUES (${row}.story, coalesce((SELECT first_seq FROM stories WHERE id = ${row}.story), ${row}.seq), 1, (${row}.relation_kind IS NULL)::int)
      ON CONFLICT (story) DO UPDATE SET members = story_stats.members + 1, independent = story_stats.independent + excluded.independent;
    INSERT INTO story_facets (story, kind, value, n, first_seq) VALUES (${row}.story, 'lang', ${row}.lang, 1, ${FIRST(row)})
      ON CONFLICT (story, kind, value) DO UPDATE SET n = story_facets.n + 1;
    IF ${row}.published ${DATED} THEN
      INSERT INTO story_facets (story, kind, value, n, first_seq) VALUES (${row}.story, 'day', substr(${row}.published, 1, 10), 1, ${FIRST(row)})
        ON CONFLICT (story, kind, value) DO UPDATE SET n = story_facets.n + 1;
    END IF;`;
const leave = (row: string) => `
    UPDATE story_stats SET members = members - 1, independent = independent - (${row}.relation_kind IS NULL)::int WHERE story = ${row}.story;
    DELETE FROM story_stats WHERE story = ${row}.story AND members <= 0;
    UPDATE story_facets SET n = n - 1 WHERE story = ${row}.story AND kind = 'lang' AND value = ${row}.lang;
    DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'lang' AND value = ${row}.lang AND n <= 0;
    IF ${row}.published ${DATED} THEN
      UPDATE story_facets SET n = n - 1 WHERE story = ${row}.story AND kind = 'day' AND value = substr(${row}.published, 1, 10);
      DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'day' AND value = substr(${row}.published, 1, 10) AND n <= 0;
    END IF;`;
const entitiesEnter = (row: string) => `
    INSERT INTO story_facets (story, kind, value, n, first_seq)
      SELECT ${row}.story, 'entity', entity, count(*), ${FIRST(row)} FROM entity_mentions WHERE article_seq = ${row}.seq GROUP BY entity
      ON CONFLICT (story, kind, value) DO UPDATE SET n = story_facets.n + excluded.n;`;
const entitiesLeave = (row: string) => `
    UPDATE story_facets f SET n = f.n - m.c FROM (SELECT entity, count(*) AS c FROM entity_mentions WHERE article_seq = ${row}.seq GROUP BY entity) m
      WHERE f.story = ${row}.story AND f.kind = 'entity' AND f.value = m.entity;
    DELETE FROM story_facets WHERE story = ${row}.story AND kind = 'entity' AND n <= 0
      AND value IN (SELECT entity FROM entity_mentions WHERE article_seq = ${row}.seq);`;
const bump = 'UPDATE store_version SET n = n + 1;';

export const POSTGRES_STORY_STATS_SQL = `
  CREATE TABLE story_stats (story TEXT COLLATE "C" PRIMARY KEY, first_seq BIGINT NOT NULL, members INTEGER NOT NULL, independent INTEGER NOT NULL);
  CREATE TABLE story_facets (story TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL,
    n INTEGER NOT NULL, first_seq BIGINT NOT NULL, PRIMARY KEY (story, kind, value));
  CREATE TABLE store_version (n BIGINT NOT NULL);
  INSERT INTO store_version (n) VALUES (0);

  INSERT INTO story_stats (story, first_seq, members, independent)
    SELECT a.story, coalesce(min(s.first_seq), min(a.seq)), count(*), count(*) FILTER (WHERE a.relation_kind IS NULL)
    FROM articles a LEFT JOIN stories s ON s.id = a.story GROUP BY a.story;
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT story, 'lang', lang, count(*), 0 FROM articles GROUP BY story, lang;
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT story, 'day', substr(published, 1, 10), count(*), 0 FROM articles WHERE published ${DATED} GROUP BY story, substr(published, 1, 10);
  INSERT INTO story_facets (story, kind, value, n, first_seq)
    SELECT a.story, 'entity', m.entity, count(*), 0 FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq GROUP BY a.story, m.entity;
  UPDATE story_facets f SET first_seq = t.first_seq FROM story_stats t WHERE t.story = f.story;
  CREATE INDEX story_stats_order ON story_stats(first_seq);
  CREATE INDEX story_facets_order ON story_facets(kind, value, first_seq);
  CREATE INDEX articles_story_published ON articles(story, published);
  CREATE INDEX articles_story_seq ON articles(story, seq);

  CREATE FUNCTION articles_story_stats() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${enter('NEW')}
    ELSIF TG_OP = 'DELETE' THEN
      ${leave('OLD')}
      ${entitiesLeave('OLD')}
    ELSE
      IF OLD.story IS DISTINCT FROM NEW.story THEN
        ${entitiesLeave('OLD')}
        ${entitiesEnter('NEW')}
      END IF;
      ${leave('OLD')}
      ${enter('NEW')}
    END IF;
    ${bump}
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $$;
  -- Before the row changes: a delete's mentions are still there to be counted off.
  CREATE TRIGGER articles_story_stats BEFORE INSERT OR DELETE OR UPDATE OF story, lang, published, relation_kind ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_story_stats();

  CREATE FUNCTION entity_mentions_facets() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO story_facets (story, kind, value, n, first_seq)
        SELECT a.story, 'entity', NEW.entity, 1, coalesce(t.first_seq, a.seq) FROM articles a LEFT JOIN story_stats t ON t.story = a.story
        WHERE a.seq = NEW.article_seq
        ON CONFLICT (story, kind, value) DO UPDATE SET n = story_facets.n + 1;
    ELSE
      UPDATE story_facets SET n = n - 1 WHERE kind = 'entity' AND value = OLD.entity AND story = (SELECT story FROM articles WHERE seq = OLD.article_seq);
      DELETE FROM story_facets WHERE kind = 'entity' AND value = OLD.entity AND n <= 0 AND story = (SELECT story FROM articles WHERE seq = OLD.article_seq);
    END IF;
    ${bump}
    RETURN NULL;
  END $$;
  CREATE TRIGGER entity_mentions_facets AFTER INSERT OR DELETE ON entity_mentions FOR EACH ROW EXECUTE FUNCTION entity_mentions_facets();

  CREATE FUNCTION stories_story_stats() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'DELETE' THEN
      UPDATE story_stats SET first_seq = NEW.first_seq WHERE story = NEW.id AND first_seq IS DISTINCT FROM NEW.first_seq;
      UPDATE story_facets SET first_seq = NEW.first_seq WHERE story = NEW.id AND first_seq IS DISTINCT FROM NEW.first_seq;
    END IF;
    ${bump}
    RETURN NULL;
  END $$;
  CREATE TRIGGER stories_story_stats AFTER INSERT OR UPDATE OR DELETE ON stories FOR EACH ROW EXECUTE FUNCTION stories_story_stats();
  CREATE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${bump} RETURN NULL; END $$;
  CREATE TRIGGER story_changes_version AFTER INSERT ON story_changes FOR EACH ROW EXECUTE FUNCTION store_version_bump();
`;
