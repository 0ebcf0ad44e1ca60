import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { localVector, weightedVector, type KindWeights } from './article-vector.ts';
import { accumulate, dotSum, sparseDot, sparseFrom, strongest, topIds, type Sparse } from './sparse.ts';
import { VectorSpace } from './vector-space.ts';

const weights: KindWeights = { term: 1, name: 2, number: 0.5, year: 0.25, acronym: 0.75, place: 1.5, pivot: 0.4 };
const KEYS = ['flood', 'river', 'rate', '@name:cremona', '@name:lagarde', '@number:3200', '@year:2025', '@acronym:ecb', '@place:it', '~flood', '~rate'];
const article = fc.dictionary(fc.constantFrom(...KEYS), fc.integer({ min: 1, max: 5 }), { minKeys: 1 }).map((o) => new Map(Object.entries(o)));
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A sparse vector as a map from keys, for comparing with the string-keyed references. */
const byKey = (space: VectorSpace, v: Sparse) => new Map([...v.ids].map((id, i) => [space.dict.key(id), v.values[i]!]));
const sameVector = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([k, x]) => close(x, b.get(k) ?? NaN));

test('vector space: global vectors equal the reference weighting with the stream\'s document frequencies at that point', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 12 }), (docs) => {
    const space = new VectorSpace(weights);
    const df = new Map<string, number>();
    for (const dims of docs) {
      const tf = space.intern(dims);
      space.count(tf);
      for (const k of dims.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      const n = space.docs;
      const want = weightedVector(dims, weights, (k) => Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
      assert.ok(sameVector(byKey(space, space.global(tf)), want));
    }
  }), { numRuns: 100 });
});

test('vector space: local vectors equal the reference topic-local weighting', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 2, maxLength: 12 }), (docs) => {
    const space = new VectorSpace(weights);
    const tfs = docs.map((d) => space.intern(d));
    const keyDf = new Map<string, number>();
    docs.forEach((d) => {
      for (const k of d.keys()) keyDf.set(k, (keyDf.get(k) ?? 0) + 1);
    });
    // Counted twice over, released in between: a released count leaves nothing behind.
    for (const round of [0, 1]) {
      const localDf = space.countWithin(round === 0 ? [...tfs, ...tfs] : tfs);
      if (round === 0) {
        localDf.release();
        continue;
      }
      docs.forEach((d, i) => assert.ok(sameVector(byKey(space, space.local(tfs[i]!, localDf, docs.length)), localVector(d, keyDf, docs.length, weights))));
      localDf.release();
    }
    assert.throws(() => {
      space.countWithin(tfs);
      space.countWithin(tfs);
    }, /countWithin called while another count is open/);
  }), { numRuns: 100 });
});

const sparse = fc.dictionary(fc.integer({ min: 0, max: 30 }).map(String), fc.double({ min: -2, max: 2, noNaN: true }))
  .map((o) => sparseFrom(Object.entries(o).map(([k, x]) => [Number(k), x])));

test('sparse vectors: dot products and sums agree with plain maps; the strongest dimensions are the largest', () => {
  fc.assert(fc.property(sparse, sparse, (a, b) => {
    const ma = new Map([...a.ids].map((id, i) => [id, a.values[i]!]));
    const mb = new Map([...b.ids].map((id, i) => [id, b.values[i]!]));
    let naive = 0;
    for (const [k, x] of ma) naive += x * (mb.get(k) ?? 0);
    assert.ok(close(sparseDot(a, b), naive));
    assert.ok(close(dotSum(a, mb), naive));
    const sum = new Map(ma);
    accumulate(sum, b);
    accumulate(sum, b, -1);
    for (const [k, x] of ma) assert.ok(close(sum.get(k) ?? 0, x));
    const top = strongest(ma, 3);
    const cut = [...ma.values()].sort((x, y) => y - x)[Math.min(2, ma.size - 1)] ?? 0;
    for (const id of top.ids) assert.ok(ma.get(id)! >= cut);
  }), { numRuns: 200 });
});

test('topIds: the n strongest ids, strongest first and ties by id, as a full sort gives them', () => {
  // Few distinct values, so that ties are common and the order by id decides.
  const tied = fc.dictionary(fc.integer({ min: 0, max: 60 }).map(String), fc.constantFrom(-1, 0.5, 1, 2, 2.5))
    .map((o) => sparseFrom(Object.entries(o).map(([k, x]) => [Number(k), x])));
  fc.assert(fc.property(fc.oneof(sparse, tied), fc.integer({ min: 0, max: 70 }), (v, n) => {
    const naive = [...v.ids.keys()].sort((a, b) => v.values[b]! - v.values[a]! || v.ids[a]! - v.ids[b]!).slice(0, n).map((i) => v.ids[i]!);
    assert.deepEqual(topIds(v, n), naive);
  }), { numRuns: 300 });
});

test('vector space: an interned article is its counts by id, ids ascending, whatever order its keys came in', () => {
  const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ minLength: 1, maxLength: 6 }));
  const doc = fc.array(fc.tuple(key, fc.integer({ min: -1, max: 9 })), { maxLength: 60 }).map((es) => new Map(es));
  fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), (docs) => {
    const space = new VectorSpace(weights);
    for (const dims of docs) {
      const v = space.intern(dims);
      const want = [...dims].filter(([, n]) => n > 0).map(([k, n]) => [space.dict.find(k), n] as const).sort((a, b) => a[0] - b[0]);
      assert.deepEqual([...v.ids], want.map(([id]) => id));
      assert.deepEqual([...v.values], want.map(([, n]) => n));
    }
  }), { numRuns: 200 });
});

test('vector space: a count released after the space grew leaves no count behind', () => {
  const space = new VectorSpace(weights);
  const tf = space.intern(new Map([['flood', 2], ['@name:cremona', 1]]));
  const open = space.countWithin([tf, tf]);
  // Thousands of new dimensions while the count is open: the arrays grow under it.
  space.intern(new Map(Array.from({ length: 3000 }, (_, i) => [`word${i}`, 1] as [string, number])));
  open.release();
  const again = space.countWithin([tf]);
  assert.deepEqual([...tf.ids].map((id) => again.get(id)), [1, 1]);
  again.release();
});
