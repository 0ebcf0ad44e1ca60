/**
 * Schema version 11 on SQLite: the full-text index without word positions (issue 7, store size).
 *
 * Version 2's index kept every word's positions: 1.8 KB an NTREX article, a sixth of the store. Search
 * asks for words, never for phrases (`ftsMatch` quotes each word alone), and FTS5 finds a hit's words
 * for bm25 and the snippet by reading the matched row's text again, so `detail=none` answers the same
 * queries with the same ranks and snippets in 0.7 KB.
 *
 * Without positions FTS5 refuses a quoted word that it splits into several tokens ("phrase queries are
 * not supported"). unicode61 splits at combining marks by default, so a Hindi or Bengali word with a
 * vowel sign was a phrase of fragments; the `categories` option makes marks part of a token, as
 * `searchWords` already takes them, so every word of a query is one token.
 */
export const TOKENIZE = `unicode61 remove_diacritics 2 categories 'L* N* Co M*'`;

/**
 * The triggers that keep the index in step with the articles table (since version 2): a replaced article
 * is a delete and an insert. `text` says what the index is given of a row's text column.
 */
export const searchTriggersSql = (text: (row: 'new' | 'old') => string) => `
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, ${text('new')});
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, ${text('old')});
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, ${text('old')});
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, ${text('new')});
  END;
`;

/** Versions 2 to 12: the column holds the text as given. */
export const SEARCH_TRIGGERS_SQL = searchTriggersSql((row) => `${row}.text`);

/** The index and its triggers, gone before the index is made again. */
export const DROP_SEARCH_INDEX_SQL = `
  DROP TRIGGER articles_fts_insert;
  DROP TRIGGER articles_fts_delete;
  DROP TRIGGER articles_fts_update;
  DROP TABLE articles_fts;
`;

export const SEARCH_INDEX_SQL = `${DROP_SEARCH_INDEX_SQL.trimEnd()}
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize="${TOKENIZE}", detail=none
  );
  ${SEARCH_TRIGGERS_SQL}
  INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
`;
