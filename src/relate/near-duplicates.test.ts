import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shingles } from '../features/extract-features.ts';
import { intersectionSize, nearDuplicateEvidence, nearDuplicateScore } from './near-duplicates.ts';

const naiveIntersection = (a: Uint32Array, b: Uint32Array) => {
  const sb = new Set(b);
  return new Set([...a].filter((x) => sb.has(x))).size;
};
const sortedUnique = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }).map((xs) => Uint32Array.from(new Set(xs)).sort());

test('near-duplicates: intersection of sorted shingle sets equals the naive set intersection', () => {
  fc.assert(fc.property(sortedUnique, sortedUnique, (a, b) => intersectionSize(a, b) === naiveIntersection(a, b)));
});

test('near-duplicates: Jaccard and containment agree with their definitions and are symmetric', () => {
  fc.assert(fc.property(sortedUnique, sortedUnique, (a, b) => {
    const e = nearDuplicateEvidence(a, b);
    const shared = naiveIntersection(a, b);
    const union = new Set([...a, ...b]).size;
    assert.equal(e.sharedShingles, shared);
    assert.equal(e.jaccard, union === 0 ? 0 : shared / union);
    assert.equal(e.containment, Math.min(a.length, b.length) === 0 ? 0 : shared / Math.min(a.length, b.length));
    assert.deepEqual(nearDuplicateEvidence(b, a), e);
  }));
});

test('near-duplicates: a copy with one of five paragraphs rewritten still scores as a near-duplicate; an unrelated text does not', () => {
  const para = (i: number) => `Paragraph ${i} tells how the river rose above nine metres near the town of ${['Cremona', 'Piacenza', 'Lodi', 'Pavia', 'Mantua'][i]} on the night of the storm`.split(' ');
  const original = [0, 1, 2, 3, 4].flatMap(para).map((w) => w.toLowerCase());
  const edited = [...original];
  edited.splice(25, 10, ...'the mayor said the evacuation went well and nobody was hurt overnight'.split(' '));
  const other = 'the central bank raised its key rate by a quarter point citing inflation that stayed above target for months'.split(' ');
  assert.ok(nearDuplicateScore(nearDuplicateEvidence(shingles(original), shingles(edited))) >= 0.7);
  assert.ok(nearDuplicateScore(nearDuplicateEvidence(shingles(original), shingles(other))) < 0.1);
});
