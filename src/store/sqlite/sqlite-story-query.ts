/**
 * The SQL of `listStories` and `search` on SQLite. Every value reaches SQLite as a bound parameter;
 * only fixed fragments chosen by which filters are present are put together here.
 */
import { searchWords } from '../search-text.ts';
import { storyCursorPosition } from '../story-cursor.ts';
import type { StoryQuery } from '../store.ts';

/** A word as FTS5's query syntax takes it: quoted, so that it is only ever a word. */
export const ftsWord = (w: string) => `"${w.replaceAll('"', '""')}"`;

/** An FTS5 query that only ever means "all these words": each word a quoted string. */
export const ftsMatchOf = (words: readonly string[]) => words.map(ftsWord).join(' ');

/** The FTS5 query of a user's query; null when it has no word. */
export function ftsMatch(q: string): string | null {
  const words = searchWords(q);
  return words.length === 0 ? null : ftsMatchOf(words);
}

export interface StoryPageSql {
  sql: string;
  params: Record<string, string | number>;
  /** Present when the page is a day range: the SQL is run once per stored day in it (bound as @day). */
  days?: { from?: string; to?: string };
  /** Present for `q`: the FTS5 query each story must have a matching member for; the SQL is then unlimited. */
  match?: string;
}

/** A facet of the story the driving row `d` stands for. */
const facet = (kind: string, param: string) => `EXISTS (SELECT 1 FROM story_facets g WHERE g.story = d.story AND g.kind = '${kind}' AND g.value = ${param})`;

/**
 * The ids of one page of stories (plus one, to tell whether another page follows), newest founded
 * first; null when the query cannot match anything (a `q` without words). One index drives the walk in
 * first_seq order (a day's, an entity's or a language's facets, a topic's stories, or every story with
 * members) and the other filters are checked per story. A day range is run per day (`days`) and the
 * pages merged (`mergeDayPages`): each day's facets are one index walk, a range of days is not.
 * With `among`, the stories a `q` matches (few, gathered already) stand for it.
 */
export function storyPageSql(query: StoryQuery, among?: readonly string[]): StoryPageSql | null {
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  const where: string[] = [];
  let driver: string;
  const days = query.from !== undefined || query.to !== undefined;
  const used = new Set<string>();
  if (days) {
    driver = `story_facets d CROSS JOIN stories s ON s.id = d.story WHERE d.kind = 'day' AND d.value = @day`;
  } else if (query.entity !== undefined) {
    driver = `story_facets d CROSS JOIN stories s ON s.id = d.story WHERE d.kind = 'entity' AND d.value = @entity`;
    used.add('entity');
  } else if (query.language !== undefined) {
    driver = `story_facets d CROSS JOIN stories s ON s.id = d.story WHERE d.kind = 'lang' AND d.value = @language`;
    used.add('language');
  } else if (query.topic !== undefined) {
    driver = `stories s CROSS JOIN story_stats d ON d.story = s.id WHERE coalesce(s.reported_topic, s.topic) = @topic`;
    used.add('topic');
  } else {
    driver = `story_stats d CROSS JOIN stories s ON s.id = d.story WHERE 1`;
  }
  const after = storyCursorPosition(query.after);
  if (after !== null) {
    where.push('d.first_seq < @after');
    params.after = after;
  }
  if (query.topic !== undefined) {
    if (!used.has('topic')) where.push('coalesce(s.reported_topic, s.topic) = @topic');
    params.topic = query.topic;
  }
  if (query.entity !== undefined) {
    if (!used.has('entity')) where.push(facet('entity', '@entity'));
    params.entity = query.entity;
  }
  if (query.language !== undefined) {
    if (!used.has('language')) where.push(facet('lang', '@language'));
    params.language = query.language;
  }
  let match: string | undefined;
  if (query.q !== undefined) {
    const m = ftsMatch(query.q);
    if (m === null) return null;
    if (among) {
      // The few stories the words occur in, known already: looked up by key, then ordered.
      where.push('d.story IN (SELECT value FROM json_each(@among))');
      params.among = JSON.stringify(among);
    } else {
      // Checked story by story in the walk (sqlite-story-match.ts): the page's length is counted there.
      match = m;
      params.limit = -1;
    }
  }
  const sql = `SELECT d.story AS id, d.first_seq AS firstSeq FROM ${driver} ${where.map((w) => `AND ${w}`).join(' ')}
    ORDER BY d.first_seq DESC LIMIT @limit`;
  return { sql, params, ...(days ? { days: { from: query.from, to: query.to } } : {}), ...(match ? { match } : {}) };
}

/**
 * The stored days of a range, in order: each one index seek past the last, so a range spanning years
 * costs the days that have articles, not the calendar. (With min(value), or both lower bounds in one
 * statement, SQLite read the range from its start for every day.)
 */
export const FIRST_DAY_SQL = `SELECT value FROM story_facets WHERE kind = 'day' AND value >= @from AND value <= @to ORDER BY value LIMIT 1`;
export const NEXT_DAY_SQL = `SELECT value FROM story_facets WHERE kind = 'day' AND value > @prev AND value <= @to ORDER BY value LIMIT 1`;

/**
 * A ranked hit's row and its snippet, the matched words marked by MATCH_START / MATCH_END (passed as
 * @start / @end): one rowid lookup in FTS5 for the page's hits only (sqlite-search.ts ranks them).
 */
export const SNIPPET_SQL = `
  SELECT a.id, a.story, a.title, a.lang, snippet(articles_fts, -1, @start, @end, '…', 24) AS marked
  FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
  WHERE articles_fts MATCH @match AND articles_fts.rowid = @seq`;
