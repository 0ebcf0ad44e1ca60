import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyId, topicId, type TopicId } from '../article.ts';
import fc from 'fast-check';
import { assignTopics, groupStories, similarities, storySimilarity, type SimilarityCache, type StoryLead } from './regroup-topics.ts';
import { sparseFrom, sparseNormalized, type Sparse } from './sparse.ts';

// Dimensions: 1-3 words of earthquakes, 4-6 of rehab stays, 10+ names.
const similarity = (stories: StoryLead[], anchorWeight: number) => (a: number, b: number) => storySimilarity(stories[a]!, stories[b]!, anchorWeight, 0.5);
const v = (...entries: Array<[number, number]>): Sparse => sparseNormalized(sparseFrom(entries));
const story = (id: string, topic: string, lead: Sparse, anchors: Sparse = v(), langs = ['en'], names: Sparse = v()): StoryLead => ({ id: storyId(id), topic: topicId(topic), langs: new Set(langs), lead, anchors, names });

test('regroup: stories go with the stories whose leads report the same kind of news, whatever topic placement gave them', () => {
  const stories = [
    story('quake-a', 't1', v([1, 1], [2, 1], [10, 1])),
    story('rehab-a', 't1', v([4, 1], [5, 1], [11, 1])),
    story('quake-b', 't2', v([1, 1], [3, 1], [12, 1])),
    story('rehab-b', 't3', v([4, 1], [6, 1], [13, 1])),
  ];
  const groups = groupStories(stories.map((_, i) => [i]), 0.19, similarity(stories, 1));
  assert.deepEqual(groups, [[0, 2], [1, 3]]);
});

test('regroup: stories with no language in common compare their anchors', () => {
  const stories = [
    story('en', 't1', v([1, 1]), v([10, 1], [11, 1]), ['en']),
    story('de', 't2', v([2, 1]), v([10, 1], [11, 1]), ['de']),
    story('it', 't3', v([1, 1]), v([12, 1]), ['it']),
  ];
  assert.deepEqual(groupStories(stories.map((_, i) => [i]), 0.19, similarity(stories, 1)), [[0, 1], [2]]);
  // Discounted to nothing, anchors join nothing.
  assert.deepEqual(groupStories(stories.map((_, i) => [i]), 0.19, similarity(stories, 0)), [[0], [1], [2]]);
});

test('regroup: a unit (a small topic) stays whole though its stories\' leads share no word', () => {
  const stories = [story('summit-2023', 't1', v([1, 1])), story('visit-2024', 't1', v([2, 1])), story('other', 't2', v([3, 1]))];
  assert.deepEqual(groupStories([[0, 1], [2]], 0.19, similarity(stories, 1)), [[0, 1], [2]]);
  assert.deepEqual(groupStories([[0], [1], [2]], 0.19, similarity(stories, 1)), [[0], [1], [2]]);
});

test('regroup: a topic stays with the group holding most of its stories; a part split off founds a new one', () => {
  const l = v([1, 1]);
  const stories = [story('a', 'old', l), story('b', 'old', l), story('c', 'old', l), story('d', 'young', l), story('e', 'young', l)];
  const age = (t: TopicId) => (t === 'old' ? 1 : 2);
  const fresh = (founder: string) => topicId(`new-${founder}`);
  // "old" keeps its larger part (a, b); c, split off, founds a topic; "young" gains nothing and loses nothing.
  assert.deepEqual(assignTopics([[0, 1], [2], [3, 4]], stories, age, fresh), ['old', 'new-c', 'young']);
  // Two topics merged: the one holding more of the group keeps its id, the other is gone.
  assert.deepEqual(assignTopics([[0, 1, 2, 3, 4]], stories, age, fresh), ['old']);
  // At equal counts, the group that is more of the topic takes it; at equal shares too, the older topic goes first.
  assert.deepEqual(assignTopics([[0, 3], [1, 4], [2]], stories, age, fresh), ['young', 'new-b', 'old']);
  assert.deepEqual(assignTopics([[0, 3], [1, 4]], stories, age, fresh), ['old', 'young']);
});

test('regroup: the similarities of a neighbourhood, spread out and cached, are storySimilarity to the last bit', () => {
  // Ids once each, as in every vector the corpus makes.
  const vector = fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0.01, max: 3, noNaN: true })), { maxLength: 30 }).map((e) => v(...new Map(e)));
  const lead = fc.record({ lead: vector, anchors: vector, names: vector, langs: fc.subarray(['en', 'de', 'it', 'ja'], { minLength: 1 }) });
  fc.assert(fc.property(fc.array(lead, { minLength: 2, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (reads, anchorWeight) => {
    const stories = reads.map((r, i) => story(`s${i}`, 't1', r.lead, r.anchors, r.langs, r.names));
    const cache: SimilarityCache = new WeakMap();
    // Twice: the second pass reads every pair from the cache, in the other order.
    for (const order of [stories, [...stories].reverse()]) {
      const sim = similarities(order, anchorWeight, 0.5, cache);
      for (let i = 0; i < order.length; i++) {
        for (let j = 0; j < order.length; j++) {
          if (i !== j) assert.ok(Object.is(sim(i, j), storySimilarity(order[i]!, order[j]!, anchorWeight, 0.5)), `${i} ${j}`);
        }
      }
    }
  }), { numRuns: 200 });
});
