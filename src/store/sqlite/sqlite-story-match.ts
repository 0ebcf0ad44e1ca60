/**
 * Which stories have a member matching a full-text query, for the story list's `q` filter, asked
 * story by story while the list walks its index newest founded first.
 *
 * A rare word's matches are few: their stories are gathered once (through the seq -> story index,
 * never the article rows). A common word matches a large part of the store, and gathering its
 * stories cost seconds at a million articles (`q=de`: 284,000 matches); instead each story the walk
 * reaches is probed for a member among the word's newest matches (a set of seqs), and the walk stops
 * after a page. The newest matches are fetched a chunk at a time, as the walk reaches older members:
 * at a million articles, `q=the` then took 2.0–2.2 ms instead of 4.1–4.3 (20,000 fetched at once),
 * `police` 2.3–2.5 instead of 4.8–5.1. An older member is looked up in FTS5 itself, which costs about 80 us: after
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
/**
 * The newest matches below a rowid: FTS5 walks a doclist newest first cheaply, and a new story's members
 * are all recent, so they are fetched a chunk at a time as the walk reaches older members.
 */
const RECENT = 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match AND rowid < CAST(@below AS INTEGER) ORDER BY rowid DESC LIMIT @n';
/** The first chunk of newest matches; each next one is three times all fetched so far, up to GATHER_BELOW in all. */
export const FIRST_RECENT = 1_000;
// Newest first: a recent match decides a story before an old member makes an older chunk be fetched.
const MEMBERS = 'SELECT seq FROM articles INDEXED BY articles_story WHERE story = ? ORDER BY seq DESC';
// A JS number binds as REAL, and FTS5 then drops the rowid constraint (every match came back): cast it.
const LOOKUP = 'SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match AND rowid = CAST(@seq AS INTEGER)';

/** The thresholds, for tests; each defaults to the constant of its name. */
export interface MatchLimits {
  gatherBelow?: number;
  probeBudget?: number;
  firstRecent?: number;
  recentMost?: number;
}

export interface StoryMatcher {
  /** Whether the story has a matching member. */
  keep: (story: string) => boolean;
  /** The matching stories when the words were rare enough to gather them at once; null when probing. */
  gathered: ReadonlySet<string> | null;
}

export function storyMatcher(db: Database.Database, match: string, limits: MatchLimits = {}): StoryMatcher {
  const { gatherBelow = GATHER_BELOW, probeBudget = PROBE_BUDGET, firstRecent = FIRST_RECENT, recentMost = GATHER_BELOW } = limits;
  let gathered: Set<string> | null = null;
  const gather = () => (gathered = new Set(db.prepare(GATHER).pluck().all({ match }) as string[]));
  if (Number(db.prepare(COUNT).pluck().get({ match })) < gatherBelow) gather();
  const atOnce = gathered;
  // Probing: a member at or above `low` (the oldest of the newest matches fetched) is decided by the
  // set; an older one makes the next chunk be fetched, and past recentMost it is looked up in FTS5.
  const recent = new Set<number>();
  let low = Number.MAX_SAFE_INTEGER;
  const chunk = db.prepare(RECENT).pluck();
  const reach = (seq: number) => {
    while (seq < low && low > 0 && recent.size < recentMost) {
      const n = Math.min(Math.max(firstRecent, 3 * recent.size), recentMost - recent.size);
      const rows = chunk.all({ match, below: low, n }) as number[];
      for (const r of rows) recent.add(r);
      // A short chunk is the last: every match is in the set, and nothing is older.
      low = rows.length < n ? 0 : rows[rows.length - 1]!;
    }
  };
  const members = db.prepare(MEMBERS).pluck();
  const lookup = db.prepare(LOOKUP).pluck();
  const seen = new Map<string, boolean>();
  let budget = probeBudget;
  const probe = (story: string): boolean | null => {
    const older: number[] = [];
    for (const seq of members.iterate(story) as Iterable<number>) {
      reach(seq);
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
