import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, storyId, topicId, type ArticleId } from '../article.ts';
import type { MemberState } from './member-state.ts';
import { QuietStories } from './quiet-stories.ts';
import { sparseFrom } from './sparse.ts';
import { addMember, newStory, type StoryState } from './story-state.ts';
import { SumMap } from './sum-map.ts';

const vector = (...ids: number[]) => sparseFrom(ids.map((k) => [k, 1 + k / 10] as [number, number]));

function story(id: string, articles: Array<[string, number[]]>): StoryState {
  const s = newStory(storyId(id), topicId('t'));
  for (const [a, dims] of articles) {
    addMember(s, { id: articleId(a), lang: 'en', vector: vector(...dims), anchors: vector(...dims.filter((d) => d % 2 === 0)) });
    s.lead.set(dims[0]!, 1);
  }
  return s;
}

test('quiet stories: a story whose articles all left the window has its sums packed, reading as before; one with an article in the window is left alone', () => {
  const gone = story('gone', [['a1', [1, 2, 3]], ['a2', [2, 4, 6]]]);
  const live = story('live', [['b1', [1, 5]], ['b2', [5, 8]]]);
  const members = new Map<ArticleId, MemberState>();
  for (const a of ['a1', 'a2', 'b1']) members.set(articleId(a), { dormant: true, id: articleId(a), lang: 'en', seq: 0, day: null, of: null, story: storyId(a.startsWith('a') ? 'gone' : 'live') });
  members.set(articleId('b2'), { dormant: false } as MemberState);
  const stories = new Map([[gone.id, gone], [live.id, live]]);
  const before = [...(gone.byLang.get('en')!.sum as SumMap)].sort((x, y) => x[0] - y[0]);
  const quiet = new QuietStories();
  quiet.note(gone.id);
  quiet.note(live.id);
  // Looked at once every thousand articles, not before.
  for (let i = 0; i < 999; i++) quiet.tick(stories, members);
  assert.equal(gone.anchors.isPacked, false);
  quiet.tick(stories, members);
  assert.equal(gone.anchors.isPacked, true);
  assert.equal(gone.lead.isPacked, true);
  assert.equal(live.anchors.isPacked, false);
  const part = gone.byLang.get('en')!.sum as SumMap;
  assert.equal(part.isPacked, true);
  assert.deepEqual([...part], before);
  assert.equal(part.get(2), 2 * 1.2);
  // An article revives it: the sums take it as if never packed.
  addMember(gone, { id: articleId('a3'), lang: 'en', vector: vector(2, 9), anchors: vector(2) });
  assert.equal(part.isPacked, false);
  assert.equal(part.get(2), 3 * 1.2);
  assert.equal(part.get(9), 1.9);
});
