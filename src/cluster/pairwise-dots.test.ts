import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { pairwiseDots } from './pairwise-dots.ts';
import { sparseDot, sparseFrom, type Sparse } from './sparse.ts';

/** A sparse vector over a few dimension ids (small ones, so that vectors share many), some values irrational. */
const vector = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true })), { selector: ([d]) => d, maxLength: 25 })
  .map((entries) => sparseFrom(entries.map(([d, x]) => [d, x === 0 ? 0 : x / 7] as [number, number]).sort((a, b) => a[0] - b[0])));

test('pairwise dots: every pair is what sparseDot gives, to the last bit, and the matrix is symmetric with a zero diagonal', () => {
  fc.assert(fc.property(fc.array(vector, { maxLength: 14 }), (vs) => {
    const m = pairwiseDots(vs);
    assert.equal(m.length, vs.length);
    for (let i = 0; i < vs.length; i++) {
      assert.equal(m[i]!.length, vs.length);
      assert.ok(Object.is(m[i]![i], 0));
      for (let j = i + 1; j < vs.length; j++) {
        const want = sparseDot(vs[i]!, vs[j]!);
        assert.ok(Object.is(m[i]![j], want), `pair ${i},${j}: ${m[i]![j]} against sparseDot's ${want}`);
        assert.ok(Object.is(m[j]![i], want));
      }
    }
  }), { numRuns: 300 });
});

test('pairwise dots: the scratch arrays it keeps are clean for the next call, even after dimension ids far past the last', () => {
  const high: Sparse = sparseFrom([[5, 1], [100_000, 2]]);
  const other: Sparse = sparseFrom([[5, 3], [100_000, 0.5]]);
  assert.deepEqual([...pairwiseDots([high, other])[0]!], [0, 4]);
  const a: Sparse = sparseFrom([[5, 2], [7, 1]]);
  const b: Sparse = sparseFrom([[7, 3]]);
  const c: Sparse = sparseFrom([[100_000, 1]]);
  const m = pairwiseDots([a, b, c]);
  assert.deepEqual(m.map((row) => [...row]), [[0, 3, 0], [3, 0, 0], [0, 0, 0]]);
});

test('pairwise dots: no vectors, one vector and empty vectors give zeros', () => {
  assert.deepEqual(pairwiseDots([]), []);
  assert.deepEqual(pairwiseDots([sparseFrom([[1, 2]])]).map((r) => [...r]), [[0]]);
  const empty = sparseFrom([]);
  assert.deepEqual(pairwiseDots([empty, sparseFrom([[1, 2]]), empty]).map((r) => [...r]), [[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
});
