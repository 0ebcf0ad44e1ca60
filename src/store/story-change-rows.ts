/**
 * Recorded merge/split changes to rows and back, for every SQL engine: both store them in a
 * `story_changes` table with these columns, so that the engines cannot drift apart.
 */
import { articleId, storyId, topicId } from '../article.ts';
import type { StoryChange } from '../cluster/story-change.ts';
import type { StoryHistoryEntry } from './store.ts';
import type { Row } from './store-rows.ts';

export interface StoryChangeColumns {
  kind: string;
  from_story: string;
  into_story: string;
  from_topic: string | null;
  into_topic: string;
  articles_json: string;
  created: number;
  score: number;
}

export function storyChangeColumns(c: StoryChange): StoryChangeColumns {
  switch (c.kind) {
    case 'merge':
      return { kind: c.kind, from_story: c.from, into_story: c.into, from_topic: null, into_topic: c.topic, articles_json: '[]', created: 0, score: c.score };
    case 'move':
      return { kind: c.kind, from_story: c.from, into_story: c.into, from_topic: null, into_topic: c.topic, articles_json: JSON.stringify(c.articles), created: c.created ? 1 : 0, score: c.score };
    case 'close':
      return { kind: c.kind, from_story: c.story, into_story: c.story, from_topic: null, into_topic: c.topic, articles_json: '[]', created: 0, score: c.score };
    case 'topic':
    case 'regroup':
      return { kind: c.kind, from_story: c.story, into_story: c.story, from_topic: c.from, into_topic: c.into, articles_json: '[]', created: 0, score: c.score };
  }
}

/** From `seq, kind, from_story, into_story, from_topic, into_topic, articles_json, created, score, after_seq`. */
export function storyHistoryFromRow(r: Row): StoryHistoryEntry {
  const after = Number(r.after_seq);
  const seq = Number(r.seq);
  const score = Number(r.score);
  const from = storyId(r.from_story as string);
  const into = storyId(r.into_story as string);
  if (r.kind === 'merge') return { kind: 'merge', from, into, topic: topicId(r.into_topic as string), score, seq, after };
  if (r.kind === 'move') {
    const articles = (JSON.parse(r.articles_json as string) as string[]).map(articleId);
    return { kind: 'move', from, into, articles, created: Number(r.created) === 1, topic: topicId(r.into_topic as string), score, seq, after };
  }
  if (r.kind === 'close') return { kind: 'close', story: from, topic: topicId(r.into_topic as string), score, seq, after };
  if (r.kind === 'regroup') return { kind: 'regroup', story: from, from: topicId(r.from_topic as string), into: topicId(r.into_topic as string), score, seq, after };
  return { kind: 'topic', story: from, from: topicId(r.from_topic as string), into: topicId(r.into_topic as string), score, seq, after };
}
