/**
 * Schema version 9 on PostgreSQL: what SQLite's version 9 holds (sqlite-entity-stats.ts). PostgreSQL
 * fires a table's triggers in the order of their names, so this one (`entity_mentions_spread`) runs
 * after the count of version 5 and the facets of version 8. It runs BEFORE a delete: a cascade deletes
 * an article's mentions in one statement, and only before each row goes can a trigger tell the last
 * mention of an entity in an article from the others. The article's language is gone by then, so the
 * article's own delete trigger takes its languages away, as on SQLite.
 */
const langsOf = (row: string, delta: string) => `
    INSERT INTO entity_langs (entity, lang, n) SELECT DISTINCT entity, ${row}.lang, ${delta} FROM entity_mentions WHERE article_seq = ${row}.seq
      ON CONFLICT (entity, lang) DO UPDATE SET n = entity_langs.n + excluded.n;
    DELETE FROM entity_langs WHERE lang = ${row}.lang AND n <= 0 AND entity IN (SELECT entity FROM entity_mentions WHERE article_seq = ${row}.seq);`;

export const POSTGRES_ENTITY_STATS_SQL = `
  ALTER TABLE entity_stats ADD COLUMN articles INTEGER NOT NULL DEFAULT 0, ADD COLUMN stories INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE entity_names (entity TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, text));
  CREATE TABLE entity_langs (entity TEXT COLLATE "C" NOT NULL, lang TEXT COLLATE "C" NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, lang));
  INSERT INTO entity_names (entity, text, n) SELECT entity, text, count(*) FROM entity_mentions GROUP BY entity, text;
  INSERT INTO entity_langs (entity, lang, n)
    SELECT m.entity, a.lang, count(DISTINCT m.article_seq) FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq GROUP BY m.entity, a.lang;
  UPDATE entity_stats s SET articles = coalesce((SELECT sum(n) FROM entity_langs l WHERE l.entity = s.entity), 0),
    stories = (SELECT count(*) FROM story_facets f WHERE f.kind = 'entity' AND f.value = s.entity);

  CREATE FUNCTION entity_mentions_spread() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO entity_names (entity, text, n) VALUES (NEW.entity, NEW.text, 1) ON CONFLICT (entity, text) DO UPDATE SET n = entity_names.n + 1;
      IF NOT EXISTS (SELECT 1 FROM entity_mentions WHERE article_seq = NEW.article_seq AND entity = NEW.entity) THEN
        -- Before version 5's trigger has counted the entity's first mention: its row may not exist yet.
        INSERT INTO entity_stats (entity, type, mentions, articles) VALUES (NEW.entity, NEW.type, 0, 1)
          ON CONFLICT (entity) DO UPDATE SET articles = entity_stats.articles + 1;
        INSERT INTO entity_langs (entity, lang, n) SELECT NEW.entity, lang, 1 FROM articles WHERE seq = NEW.article_seq
          ON CONFLICT (entity, lang) DO UPDATE SET n = entity_langs.n + 1;
      END IF;
      RETURN NEW;
    END IF;
    UPDATE entity_names SET n = n - 1 WHERE entity = OLD.entity AND text = OLD.text;
    DELETE FROM entity_names WHERE entity = OLD.entity AND text = OLD.text AND n <= 0;
    IF (SELECT count(*) FROM entity_mentions WHERE article_seq = OLD.article_seq AND entity = OLD.entity) = 1 THEN
      UPDATE entity_stats SET articles = articles - 1 WHERE entity = OLD.entity;
      -- Only a mention deleted on its own: by the cascade the article is gone already.
      UPDATE entity_langs SET n = n - 1 WHERE entity = OLD.entity AND lang = (SELECT lang FROM articles WHERE seq = OLD.article_seq);
      DELETE FROM entity_langs WHERE entity = OLD.entity AND n <= 0;
    END IF;
    RETURN OLD;
  END $$;
  CREATE TRIGGER entity_mentions_spread_insert BEFORE INSERT ON entity_mentions FOR EACH ROW EXECUTE FUNCTION entity_mentions_spread();
  CREATE TRIGGER entity_mentions_spread_delete BEFORE DELETE ON entity_mentions FOR EACH ROW EXECUTE FUNCTION entity_mentions_spread();

  CREATE FUNCTION story_facets_entity_stories() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      UPDATE entity_stats SET stories = stories + 1 WHERE entity = NEW.value;
    ELSE
      UPDATE entity_stats SET stories = stories - 1 WHERE entity = OLD.value;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER story_facets_entity_insert AFTER INSERT ON story_facets FOR EACH ROW WHEN (NEW.kind = 'entity') EXECUTE FUNCTION story_facets_entity_stories();
  CREATE TRIGGER story_facets_entity_delete AFTER DELETE ON story_facets FOR EACH ROW WHEN (OLD.kind = 'entity') EXECUTE FUNCTION story_facets_entity_stories();

  CREATE FUNCTION articles_entity_langs() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      ${langsOf('OLD', '-1')}
      RETURN OLD;
    END IF;
    IF OLD.lang IS DISTINCT FROM NEW.lang THEN
      ${langsOf('OLD', '-1')}
      ${langsOf('NEW', '1')}
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER articles_entity_langs BEFORE DELETE OR UPDATE OF lang ON articles FOR EACH ROW EXECUTE FUNCTION articles_entity_langs();
`;
