/**
 * Which stories have a member matching a full-text query, for the story list's `q` filter, asked
 * story by story while the list walks its index newest founded first.
 *
 * A rare word's matches are few: their stories are gathered once (through the seq -> story index,
 * never the article rows). A common word matches a large part of the store, and gathering its
 * stories cost seconds at a million articles (`q=de`: 284,000 matches); instead each story the walk
 * reaches is probed, member by member, for one match (FTS5 looks a rowid up in the word's doclists),
 * and the walk stops after a page. Probing is bounded: a common word whose matches all sit in old
 * stories would make the walk probe every newer story, so after PROBE_BUDGET members it gathers.
 */
import type Database from 'better-sqlite3';

/** At or above this many matches, stories are probed instead of gathered. */
export const GATHER_BELOW = 20_000;
/** Members probed before the walk gives up probing and gathers. */
export const PROBE_BUDGET = 50_000;

const COUNT = `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match LIMIT ${GATHER_BELOW})`;
const GATHER = `SELECT DISTINCT story FROM articles INDEXED BY articles_seq_story
  WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match)`;
const PROBE = `SELECT 1 FROM articles a INDEXED BY articles_story WHERE a.story = @story
  AND EXISTS (SELECT 1 FROM articles_fts f WHERE articles_fts MATCH @match AND f.rowid = a.seq) LIMIT 1`;
const MEMBERS = 'SELECT members FROM story_stats WHERE story = ?';

export function storyMatcher(db: Database.Database, match: string, limits = { gatherBelow: GATHER_BELOW, probeBudget: PROBE_BUDGET }): (story: string) => boolean {
  let gathered: Set<string> | null = null;
  const gather = () => (gathered = new Set(db.prepare(GATHER).pluck().all({ match }) as string[]));
  if (Number(db.prepare(COUNT).pluck().get({ match })) < limits.gatherBelow) gather();
  const probe = db.prepare(PROBE).pluck();
  const members = db.prepare(MEMBERS).pluck();
  const seen = new Map<string, boolean>();
  let budget = limits.probeBudget;
  return (story) => {
    if (gathered) return gathered.has(story);
    const known = seen.get(story);
    if (known !== undefined) return known;
    budget -= Number(members.get(story) ?? 0);
    if (budget < 0) return gather().has(story);
    const found = probe.get({ story, match }) !== undefined;
    seen.set(story, found);
    return found;
  };
}
