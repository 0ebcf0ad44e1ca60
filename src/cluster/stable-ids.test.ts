import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleId, StoryId } from '../article.ts';
import { assignStableIds, type StoryAtRefine } from './stable-ids.ts';

// Articles a0..a(n-1) in stories s0..s(k-1) (story j founded at j), re-clustered into arbitrary groups.
const instance = fc.record({
  storyOf: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 16 }),
  clusterOf: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 16, maxLength: 16 }),
});

test('stable ids: every cluster gets its own id; an old id goes to a cluster holding its articles; new ids only when no old one is left', () => {
  fc.assert(fc.property(instance, ({ storyOf, clusterOf }) => {
    const articles = storyOf.map((_, i) => `a${i}` as ArticleId);
    const story = (a: ArticleId) => `s${storyOf[Number(a.slice(1))]}` as StoryId;
    const stories = new Map<StoryId, StoryAtRefine>();
    for (const a of articles) {
      const s = stories.get(story(a)) ?? { id: story(a), founded: Number(story(a).slice(1)), participating: 0 };
      s.participating++;
      stories.set(s.id, s);
    }
    const groups = new Map<number, ArticleId[]>();
    articles.forEach((a, i) => groups.set(clusterOf[i]!, [...(groups.get(clusterOf[i]!) ?? []), a]));
    const clusters = [...groups.values()];
    let fresh = 0;
    const { stories: ids } = assignStableIds(clusters, story, stories, () => `new${fresh++}` as StoryId);
    assert.equal(new Set(ids.map((x) => x.id)).size, clusters.length, 'distinct ids');
    ids.forEach((x, i) => {
      if (x.created) assert.ok(clusters[i]!.every((a) => ids.some((y) => y.id === story(a))), 'a new id only when every story of its articles went to another cluster');
      else assert.ok(clusters[i]!.some((a) => story(a) === x.id), 'an old id stays with some of its articles');
    });
    // A cluster that is exactly one whole story keeps that story's id.
    clusters.forEach((c, i) => {
      const s = story(c[0]!);
      if (c.every((a) => story(a) === s) && c.length === stories.get(s)!.participating) assert.equal(ids[i]!.id, s);
    });
  }), { numRuns: 300 });
});

test('stable ids: two whole stories in one cluster keep the older id', () => {
  const stories = new Map<StoryId, StoryAtRefine>([
    ['s-old' as StoryId, { id: 's-old' as StoryId, founded: 1, participating: 2 }],
    ['s-young' as StoryId, { id: 's-young' as StoryId, founded: 5, participating: 3 }],
  ]);
  const of = (a: ArticleId) => (a.startsWith('o') ? 's-old' : 's-young') as StoryId;
  const { stories: ids } = assignStableIds([['o1', 'o2', 'y1', 'y2', 'y3'] as ArticleId[]], of, stories, () => 'x' as StoryId);
  assert.deepEqual(ids, [{ id: 's-old', created: false }]);
});

test('stable ids: a story split in halves keeps its id on one half, rather than being emptied into a younger story', () => {
  // The old story's four articles split two and two; the first cluster also holds a younger story whole.
  const stories = new Map<StoryId, StoryAtRefine>([
    ['s-old' as StoryId, { id: 's-old' as StoryId, founded: 0, participating: 4 }],
    ['s-mid' as StoryId, { id: 's-mid' as StoryId, founded: 1, participating: 2 }],
    ['s-new' as StoryId, { id: 's-new' as StoryId, founded: 4, participating: 1 }],
  ]);
  const of = (a: ArticleId) => `s-${a.split('.')[0]}` as StoryId;
  const clusters = [['old.1', 'mid.1', 'old.2', 'mid.2'], ['old.3', 'new.1', 'old.4']] as ArticleId[][];
  const { stories: ids } = assignStableIds(clusters, of, stories, () => 'x' as StoryId);
  assert.deepEqual(ids.map((s) => s.id), ['s-old', 's-new']);
});
