import type Database from 'better-sqlite3';
import type { Paragraph, StoryId } from '../../article.ts';
import type { StoryChange } from '../../cluster/story-change.ts';
import { storyTitle } from '../../cluster/story-title.ts';
import { storyChangeColumns, storyHistoryFromRow } from '../story-change-rows.ts';
import type { StoryHistoryEntry } from '../store.ts';
import type { Row } from '../store-rows.ts';
import { unpackJson } from '../packed-json.ts';
import { unpackText } from '../packed-text.ts';

/** Applies and records the merge/split pass's changes in one transaction (see `Store.applyStoryChanges`). */
export function applySqliteStoryChanges(db: Database.Database, changes: readonly StoryChange[]): void {
  const after = () => Number(db.prepare('SELECT coalesce(max(seq), 0) FROM articles').pluck().get());
  const exists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const record = db.prepare(`INSERT INTO story_changes (kind, from_story, into_story, from_topic, into_topic, articles_json, created, score, after_seq)
    VALUES (@kind, @from_story, @into_story, @from_topic, @into_topic, @articles_json, @created, @score, @after)`);
  const moveAll = db.prepare('UPDATE articles SET story = ?, topic = ? WHERE story = ?');
  const moveListed = db.prepare('UPDATE articles SET story = ?, topic = ? WHERE id IN (SELECT value FROM json_each(?))');
  const dropIfEmpty = db.prepare('DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story = ?)');
  const founder = db.prepare('SELECT seq, title, text, paragraphs FROM articles WHERE id = ?');
  // A story row left empty by a replaced article may hold the id: the new story takes it over.
  const create = db.prepare('INSERT OR REPLACE INTO stories (id, topic, founder, title, first_seq) VALUES (?, ?, ?, ?, ?)');
  const retopic = db.prepare('UPDATE stories SET topic = ? WHERE id = ?');
  const retopicArticles = db.prepare('UPDATE articles SET topic = ? WHERE story = ?');
  const regroup = db.prepare('UPDATE stories SET reported_topic = ? WHERE id = ?');
  const need = (id: StoryId) => {
    if (!exists.get(id)) throw new Error(`store: story change names the unknown story "${id}"; apply changes in the order the corpus made them, after writing their batch`);
  };
  db.transaction(() => {
    const at = after();
    for (const c of changes) {
      if (c.kind === 'merge') {
        need(c.from);
        need(c.into);
        moveAll.run(c.into, c.topic, c.from);
        dropIfEmpty.run(c.from, c.from);
      } else if (c.kind === 'move') {
        need(c.from);
        if (c.created) {
          const f = founder.get(c.articles[0]) as Row | undefined;
          if (!f) throw new Error(`store: story change founds "${c.into}" with the unknown article "${c.articles[0]}"`);
          const title = storyTitle({ title: f.title as string | null, text: unpackText(f.text), paragraphs: unpackJson<Paragraph[]>(f.paragraphs as Buffer) });
          create.run(c.into, c.topic, c.articles[0], title, Number(f.seq));
        } else need(c.into);
        moveListed.run(c.into, c.topic, JSON.stringify(c.articles));
        dropIfEmpty.run(c.from, c.from);
      } else if (c.kind === 'regroup') {
        need(c.story);
        regroup.run(c.into, c.story);
      } else if (c.kind === 'close') {
        // Recorded only: the story stays as it is.
        need(c.story);
      } else {
        need(c.story);
        retopic.run(c.into, c.story);
        retopicArticles.run(c.into, c.story);
      }
      record.run({ ...storyChangeColumns(c), after: at });
    }
  })();
}

export function* sqliteStoryChanges(db: Database.Database): Iterable<StoryHistoryEntry> {
  // Collected first: the caller may write to the store between items.
  const rows = db.prepare('SELECT * FROM story_changes ORDER BY seq').all() as Row[];
  for (const r of rows) yield storyHistoryFromRow(r);
}

export function sqliteStoryHistory(db: Database.Database, id: StoryId): StoryHistoryEntry[] {
  const rows = db.prepare('SELECT * FROM story_changes WHERE from_story = ? OR into_story = ? ORDER BY seq').all(id, id) as Row[];
  return rows.map(storyHistoryFromRow);
}
