/**
 * Which stories have a member matching a full-text query, for the story list's `q` filter, asked
 * story by story while the list walks its index newest founded first.
 *
 * A rare word's matches are few: their stories are gathered once (through the seq -> story index,
 * never the article rows). A common word matches a large part of the store, and gathering its
 * stories cost seconds at a million articles (`q=de`: 284,000 matches); instead each story the walk
 * reaches is probed for a member among the word's newest matches (a set of seqs), and the walk stops
 * after a page. An older member is looked up in FTS5 itself, which costs about 80 us: after
 * PROBE_BUDGET such lookups the walk gathers every match instead, so a common word whose matches all
 * sit in old stories costs a gathering, not a probe of every story.
 */
import type Database from 'better-sqlite3';

/** At or above this many matches, stories are probed instead of gathered. */
export const GATHER_BELOW = 20_000;
/** Member lookups in FTS5 (about 80 us each at a million articles) allowed before the walk gathers instead. */
export const PROBE_BUDGET = 300;

const COUNT = `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match LIMIT ${GATHER_BELOW})`;
const GATHER = `SELECT DISTINCT story FROM articles INDEXED BY articles_seq_story
  WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)`;
/** The newest matches: FTS5 walks a doclist newest first cheaply, and a new story's members are all recent. */
const RECENT = `SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT ${GATHER_BELOW}`;
const MEMBERS = 'SELECT seq FROM articles INDEXED BY articles_story WHERE story = ?';
// A JS number binds as REAL, and FTS5 then drops the rowid constraint (every match came back): cast it.
const LOOKUP = 'SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match AND rowid = CAST(@seq AS INTEGER)';

export interface StoryMatcher {
  /** Whether the story has a matching member. */
  keep: (story: string) => boolean;
  /** The matching stories when the words were rare enough to gather them at once; null when probing. */
  gathered: ReadonlySet<string> | null;
}

export function storyMatcher(db: Database.Database, match: string, limits = { gatherBelow: GATHER_BELOW, probeBudget: PROBE_BUDGET }): StoryMatcher {
  let gathered: Set<string> | null = null;
  const gather = () => (gathered = new Set(db.prepare(GATHER).pluck().all({ match }) as string[]));
  if (Number(db.prepare(COUNT).pluck().get({ match })) < limits.gatherBelow) gather();
  const atOnce = gathered;
  // Probing: a member at or above the oldest of the newest matches is decided by the set; an older one by FTS5.
  let recent: Set<number> | null = null;
  let low = 0;
  const members = db.prepare(MEMBERS).pluck();
  const lookup = db.prepare(LOOKUP).pluck();
  const seen = new Map<string, boolean>();
  let budget = limits.probeBudget;
  const probe = (story: string): boolean | null => {
    if (!recent) {
      const rows = db.prepare(RECENT).pluck().all({ match }) as number[];
      recent = new Set(rows);
      low = rows.length < limits.gatherBelow ? 0 : rows[rows.length - 1]!;
    }
    const older: number[] = [];
    for (const seq of members.iterate(story) as Iterable<number>) {
      if (seq >= low) {
        if (recent.has(seq)) return true;
      } else older.push(seq);
    }
    for (const seq of older) {
      if (--budget < 0) return null;
      if (lookup.get({ match, seq }) !== undefined) return true;
    }
    return false;
  };
  const keep = (story: string): boolean => {
    if (gathered) return gathered.has(story);
    const known = seen.get(story);
    if (known !== undefined) return known;
    const found = probe(story);
    if (found === null) return gather().has(story);
    seen.set(story, found);
    return found;
  };
  return { keep, gathered: atOnce };
}
