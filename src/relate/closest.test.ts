import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { closest } from './closest.ts';
import { bestPossibleScore, promisingShape, shapeSimilarity } from './translations.ts';

test('closest: the first k of a stable sort by shape, highest first', () => {
  // Few distinct values, so that ties at the cut are common.
  const item = fc.record({ shape: fc.constantFrom(0, 0.25, 0.5, 0.75, 1, 0.6000000000000001), tag: fc.nat() });
  fc.assert(fc.property(fc.array(item, { maxLength: 80 }), fc.nat({ max: 90 }), (items, k) => {
    const expected = [...items].sort((x, y) => y.shape - x.shape).slice(0, k);
    assert.deepEqual(closest(items, k), expected);
  }));
});

test('promising shape: the shape similarity exactly when the best possible score reaches the threshold', () => {
  const profile = (n: number) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((xs) => { const sum = xs.reduce((s, x) => s + x, 0) || 1; return xs.map((x) => x / sum); });
  const pair = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(profile(n), fc.oneof(profile(n), profile(n + 1))));
  fc.assert(fc.property(pair, fc.constantFrom(0.5, 0.65, 0.8, 0.85, 0.9, 0.99), ([a, b], threshold) => {
    const shape = shapeSimilarity(a, b);
    assert.equal(promisingShape(a, b, threshold), bestPossibleScore(shape) >= threshold ? shape : null);
  }), { numRuns: 2000 });
});
