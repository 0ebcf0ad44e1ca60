import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { accumulate, type Sparse } from './sparse.ts';
import { sparseSum } from './sparse-sum.ts';
import { SumMap } from './sum-map.ts';

/** The reference: every vector accumulated into an empty SumMap, read sorted. */
function naiveSum(vs: readonly Sparse[]): Sparse {
  const m = new SumMap();
  for (const v of vs) accumulate(m, v);
  return m.sorted();
}

// Few ids, so that vectors overlap; values that cancel exactly or almost (below 1e-12) as well as plain ones.
const value = fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(1, -1, 1e-13, -1e-13, 0.1, 0.2, -0.3));
const vector = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 12 }), value), { selector: ([d]) => d, maxLength: 10 })
  .map((e) => { e.sort((a, b) => a[0] - b[0]); return { ids: Int32Array.from(e, ([d]) => d), values: Float64Array.from(e, ([, x]) => x) }; });

const same = (a: Sparse, b: Sparse) => {
  assert.deepEqual([...a.ids], [...b.ids]);
  assert.equal(a.values.length, b.values.length);
  a.values.forEach((x, i) => assert.ok(Object.is(x, b.values[i]), `value ${i}: ${x} against ${b.values[i]}`));
};

test('sparse sum: what accumulating the vectors into an empty SumMap leaves, to the last bit, cancellations included', () => {
  fc.assert(fc.property(fc.array(vector, { maxLength: 8 }), (vs) => same(sparseSum(vs), naiveSum(vs))), { numRuns: 500 });
});

test('sparse sum: a dimension that cancels and comes back starts again from 0; ids unsorted or repeated in one vector are summed too', () => {
  const a = { ids: Int32Array.from([3, 7]), values: Float64Array.from([1, 2]) };
  const b = { ids: Int32Array.from([3]), values: Float64Array.from([-1 + 1e-13]) };
  const c = { ids: Int32Array.from([3]), values: Float64Array.from([0.5]) };
  same(sparseSum([a, b, c]), { ids: Int32Array.from([3, 7]), values: Float64Array.from([0.5, 2]) });
  const messy = { ids: Int32Array.from([9, 2, 9]), values: Float64Array.from([1, 4, 2]) };
  same(sparseSum([messy]), naiveSum([messy]));
  same(sparseSum([messy]), { ids: Int32Array.from([2, 9]), values: Float64Array.from([4, 3]) });
});

test('sparse sum: ids far past any seen before, then small ones again: the scratch it keeps is clean between calls', () => {
  const far = { ids: Int32Array.from([1, 50_000]), values: Float64Array.from([1, 1]) };
  same(sparseSum([far, far]), { ids: Int32Array.from([1, 50_000]), values: Float64Array.from([2, 2]) });
  const near = { ids: Int32Array.from([1]), values: Float64Array.from([3]) };
  same(sparseSum([near, near]), { ids: Int32Array.from([1]), values: Float64Array.from([6]) });
  same(sparseSum([]), { ids: new Int32Array(0), values: new Float64Array(0) });
});
