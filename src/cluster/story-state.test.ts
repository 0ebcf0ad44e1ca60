import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleId, storyId, topicId } from '../article.ts';
import { dotSum, sparseFrom, type Sparse } from './sparse.ts';
import { addMember, newStory } from './story-state.ts';

/** The reference: one lookup a dimension of `v`, in id order, as dotSum did before the sums computed it themselves. */
function naiveDot(v: Sparse, sum: { get(id: number): number | undefined }): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const y = sum.get(v.ids[i]!);
    if (y !== undefined) s += v.values[i]! * y;
  }
  return s;
}

// Values down to below the 1e-12 a sum drops, so that a part of one article must answer as a sum would.
const value = fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.constantFrom(1e-13, -1e-13, 0));
const vector = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), value), { maxLength: 40 }).map((e) => sparseFrom(new Map(e)));

test('story sums: a part of one article and a part of several give dotSum to the last bit of one lookup a dimension', () => {
  fc.assert(fc.property(fc.array(vector, { minLength: 1, maxLength: 4 }), vector, (members, query) => {
    const s = newStory(storyId('s1'), topicId('t1'));
    members.forEach((v, i) => {
      addMember(s, { id: articleId(`a${i}`), lang: 'en', vector: v, anchors: v });
      const part = s.byLang.get('en')!;
      assert.ok(Object.is(dotSum(query, part.sum), naiveDot(query, part.sum)), `after ${i + 1} members`);
      assert.ok(Object.is(dotSum(query, s.anchors), naiveDot(query, s.anchors)));
    });
  }), { numRuns: 300 });
});
