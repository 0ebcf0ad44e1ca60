import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, storyId, topicId, type ArticleId } from '../article.ts';
import type { MemberState } from './member-state.ts';
import { QuietStories } from './quiet-stories.ts';
import { sparseFrom } from './sparse.ts';
import { addMember, newStory, type StoryState } from './story-state.ts';
import { SumMap } from './sum-map.ts';

// The corpus asks its member table; a map of member states answers the same.
const dormancy = (members: ReadonlyMap<ArticleId, MemberState>) => ({ isDormant: (id: ArticleId) => members.get(id)?.dormant });

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
  for (const a of ['a1', 'a2', 'b1']) members.set(articleId(a), { dormant: true, id: articleId(a), lang: 'en', seq: 0, day: null, dayGiven: false, of: null, story: storyId(a.startsWith('a') ? 'gone' : 'live') });
  members.set(articleId('b2'), { dormant: false } as MemberState);
  const stories = new Map([[gone.id, gone], [live.id, live]]);
  const before = [...(gone.byLang.get('en')!.sum as SumMap)].sort((x, y) => x[0] - y[0]);
  const quiet = new QuietStories(50_000, 1000, 60);
  const closed: StoryState[] = [];
  quiet.note(gone.id);
  quiet.note(live.id);
  // Looked at once every thousand articles, not before.
  for (let i = 1; i < 1000; i++) quiet.tick(i, null, stories, dormancy(members), (x) => closed.push(x));
  assert.equal(gone.anchors.isPacked, false);
  quiet.tick(1000, null, stories, dormancy(members), (x) => closed.push(x));
  assert.deepEqual(closed, []);
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

test('quiet stories: a packed story is closed at the first look after nothing joined it for storyLimit arrivals; one joined meanwhile waits until its new article is as old', () => {
  const a = story('a', [['a1', [1, 2]]]);
  const b = story('b', [['b1', [1, 3]]]);
  a.newest = 0;
  b.newest = 10;
  const members = new Map<ArticleId, MemberState>();
  const dormant = (id: string, s: string, seq: number) => members.set(articleId(id), { dormant: true, id: articleId(id), lang: 'en', seq, day: null, dayGiven: false, of: null, story: storyId(s) });
  dormant('a1', 'a', 0);
  dormant('b1', 'b', 10);
  const stories = new Map([[a.id, a], [b.id, b]]);
  const quiet = new QuietStories(2500, 1000, 60);
  const closed: string[] = [];
  const run = (from: number, to: number) => {
    for (let seq = from; seq <= to; seq++) quiet.tick(seq, null, stories, dormancy(members), (x) => {
      closed.push(`${x.id}@${seq}`);
      stories.delete(x.id);
    });
  };
  quiet.note(a.id);
  quiet.note(b.id);
  run(1, 1500);
  // b is joined at 1500 by an article still in the window.
  addMember(b, { id: articleId('b2'), lang: 'en', vector: vector(1, 4), anchors: vector(4) });
  b.newest = 1500;
  members.set(articleId('b2'), { dormant: false } as MemberState);
  run(1501, 3500);
  assert.deepEqual(closed, ['a@3000'], 'a: packed at 1000, more than 2,500 arrivals old at the look of 3000');
  dormant('b2', 'b', 1500);
  quiet.note(b.id);
  run(3501, 6000);
  assert.deepEqual(closed, ['a@3000', 'b@5000'], 'b: packed again at 4000, its newest article more than 2,500 arrivals old at 5000');
});

test('quiet stories: a packed story is closed at the first look after the stream\'s clock passed its newest given day by more than eventDays; inferred days never close one', () => {
  const given = story('given', [['g1', [1, 2]]]);
  const inferred = story('inferred', [['i1', [1, 3]]]);
  given.first = given.last = 100;
  given.given = { first: 100, last: 100 };
  inferred.first = inferred.last = 100;
  const members = new Map<ArticleId, MemberState>();
  members.set(articleId('g1'), { dormant: true, id: articleId('g1'), lang: 'en', seq: 0, day: 100, dayGiven: true, of: null, story: storyId('given') });
  members.set(articleId('i1'), { dormant: true, id: articleId('i1'), lang: 'en', seq: 0, day: 100, dayGiven: false, of: null, story: storyId('inferred') });
  const stories = new Map([[given.id, given], [inferred.id, inferred]]);
  const quiet = new QuietStories(50_000, 10, 60);
  const closed: string[] = [];
  quiet.note(given.id);
  quiet.note(inferred.id);
  // The clock: day 150 up to arrival 20, day 160 (60 days on: not yet out of time) up to 40, then 161.
  for (let seq = 1; seq <= 60; seq++) {
    const clock = seq <= 20 ? 150 : seq <= 40 ? 160 : 161;
    quiet.tick(seq, clock, stories, dormancy(members), (x) => closed.push(`${x.id}@${seq}`));
  }
  assert.deepEqual(closed, ['given@50'], 'looks every 10 arrivals: the first with the clock at 161 closes it; the inferred day never does');
});
