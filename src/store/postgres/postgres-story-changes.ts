import type { Paragraph, StoryId } from '../../article.ts';
import type { StoryChange } from '../../cluster/story-change.ts';
import { storyTitle } from '../../cluster/story-title.ts';
import { storyChangeColumns, storyHistoryFromRow } from '../story-change-rows.ts';
import { unpackJson } from '../packed-json.ts';
import type { StoryHistoryEntry } from '../store.ts';
import { pgText, type PostgresTx } from './postgres-write.ts';

/**
 * Applies and records the merge/split pass's changes inside the caller's transaction, which must hold
 * the placement lock (see `Store.applyStoryChanges`); the same statements as SQLite's.
 */
export async function applyPostgresStoryChanges(tx: PostgresTx, changes: readonly StoryChange[]): Promise<void> {
  const after = Number((await tx.query('SELECT coalesce(max(seq), 0) AS s FROM articles')).rows[0].s);
  const need = async (id: StoryId) => {
    if ((await tx.query('SELECT 1 FROM stories WHERE id = $1', [id])).rows.length === 0) {
      throw new Error(`store: story change names the unknown story "${id}"; apply changes in the order the corpus made them, after writing their batch`);
    }
  };
  const dropIfEmpty = (id: StoryId) => tx.query('DELETE FROM stories WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM articles WHERE story = $1)', [id]);
  for (const c of changes) {
    if (c.kind === 'merge') {
      await need(c.from);
      await need(c.into);
      await tx.query('UPDATE articles SET story = $1, topic = $2 WHERE story = $3', [c.into, c.topic, c.from]);
      await dropIfEmpty(c.from);
    } else if (c.kind === 'move') {
      await need(c.from);
      if (c.created) {
        const f = (await tx.query('SELECT seq, title, text, paragraphs FROM articles WHERE id = $1', [pgText(c.articles[0]!)])).rows[0];
        if (!f) throw new Error(`store: story change founds "${c.into}" with the unknown article "${c.articles[0]}"`);
        const title = storyTitle({ title: f.title, text: f.text, paragraphs: unpackJson<Paragraph[]>(f.paragraphs) });
        // A story row left empty by a replaced article may hold the id: the new story takes it over.
        await tx.query(
          `INSERT INTO stories (id, topic, founder, title, first_seq) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET topic = excluded.topic, founder = excluded.founder, title = excluded.title, first_seq = excluded.first_seq`,
          [c.into, c.topic, pgText(c.articles[0]!), pgText(title), f.seq],
        );
      } else await need(c.into);
      await tx.query('UPDATE articles SET story = $1, topic = $2 WHERE id = ANY($3::text[])', [c.into, c.topic, c.articles.map(pgText)]);
      await dropIfEmpty(c.from);
    } else if (c.kind === 'regroup') {
      await need(c.story);
      await tx.query('UPDATE stories SET reported_topic = $1 WHERE id = $2', [c.into, c.story]);
    } else if (c.kind === 'close') {
      // Recorded only: the story stays as it is.
      await need(c.story);
    } else {
      await need(c.story);
      await tx.query('UPDATE stories SET topic = $1 WHERE id = $2', [c.into, c.story]);
      await tx.query('UPDATE articles SET topic = $1 WHERE story = $2', [c.into, c.story]);
    }
    const r = storyChangeColumns(c);
    await tx.query(
      `INSERT INTO story_changes (kind, from_story, into_story, from_topic, into_topic, articles_json, created, score, after_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [r.kind, r.from_story, r.into_story, r.from_topic, r.into_topic, pgText(r.articles_json), r.created, r.score, after],
    );
  }
}

export async function postgresStoryHistory(q: PostgresTx, id: StoryId): Promise<StoryHistoryEntry[]> {
  const { rows } = await q.query('SELECT * FROM story_changes WHERE from_story = $1 OR into_story = $1 ORDER BY seq', [id]);
  return rows.map(storyHistoryFromRow);
}

/** Every recorded change, oldest first, a page at a time (keyset on seq). */
export async function* postgresStoryChanges(q: PostgresTx, pageSize = 1000): AsyncGenerator<StoryHistoryEntry> {
  let last = 0;
  for (;;) {
    const { rows } = await q.query('SELECT * FROM story_changes WHERE seq > $1 ORDER BY seq LIMIT $2', [last, pageSize]);
    for (const r of rows) yield storyHistoryFromRow(r);
    if (rows.length < pageSize) return;
    last = Number(rows[rows.length - 1].seq);
  }
}

/** The seq of the last recorded change (0 when none): where a worker's catch-up starts replaying. */
export async function lastStoryChange(q: PostgresTx): Promise<number> {
  return Number((await q.query('SELECT coalesce(max(seq), 0) AS s FROM story_changes')).rows[0].s);
}

/**
 * Changes recorded after `after`, in order, with their seq and the last article stored before each
 * (`at`): what another worker changed since.
 */
export async function storyChangesAfter(q: PostgresTx, after: number): Promise<Array<{ seq: number; at: number; change: StoryChange }>> {
  const { rows } = await q.query('SELECT * FROM story_changes WHERE seq > $1 ORDER BY seq', [after]);
  return rows.map((r) => {
    const { after: at, seq: _seq, ...change } = storyHistoryFromRow(r);
    return { seq: Number(r.seq), at, change };
  });
}
