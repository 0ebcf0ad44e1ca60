import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sparseFrom, sparseNormalized, strongest } from './sparse.ts';
import { SumMap } from './sum-map.ts';

const op = fc.oneof(
  fc.tuple(fc.constant('set' as const), fc.integer({ min: 0, max: 60 }), fc.double({ min: -5, max: 5, noNaN: true })),
  fc.tuple(fc.constant('delete' as const), fc.integer({ min: 0, max: 60 }), fc.constant(0)),
  // Packed (a dormant story's sums) at any point: every read must answer as before, and a write unpack it.
  fc.tuple(fc.constant('pack' as const), fc.constant(0), fc.constant(0)),
  // Ids far apart and near the top of the range, where a weak hash would pile them into one chain.
  fc.tuple(fc.constant('set' as const), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: -5, max: 5, noNaN: true })),
  // Summing in, what accumulating an article does; 'cancel' adds the negation of what is there, and a
  // tiny value, what a dimension that cancels out leaves.
  fc.tuple(fc.constant('add' as const), fc.integer({ min: 0, max: 60 }), fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constant(1e-13))),
  fc.tuple(fc.constant('cancel' as const), fc.integer({ min: 0, max: 60 }), fc.constant(0)),
);

/** The same sets and deletes on a SumMap and on a Map; a delete must say what the Map's says. */
function run(ops: ReadonlyArray<readonly ['set' | 'delete' | 'pack' | 'add' | 'cancel', number, number]>): { sums: SumMap; map: Map<number, number> } {
  const sums = new SumMap();
  const map = new Map<number, number>();
  for (const [kind, id, given] of ops) {
    const x = kind === 'cancel' ? -(map.get(id) ?? 0) : given;
    if (kind === 'add' || kind === 'cancel') {
      sums.add(id, x);
      const y = (map.get(id) ?? 0) + x;
      if (Math.abs(y) < 1e-12) map.delete(id);
      else map.set(id, y);
    } else if (kind === 'set') {
      sums.set(id, x);
      map.set(id, x);
    } else if (kind === 'pack') sums.pack();
    else assert.equal(sums.delete(id), map.delete(id));
  }
  return { sums, map };
}

test('sums: after any run of sets and deletes, every lookup, the size and the entries are those of a Map', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
    const { sums, map } = run(ops);
    assert.equal(sums.size, map.size);
    for (const [kind, id] of ops) assert.equal(sums.get(id), map.get(id), `${kind} ${id}`);
    assert.deepEqual([...sums].sort((a, b) => a[0] - b[0]), [...map].sort((a, b) => a[0] - b[0]));
  }), { numRuns: 300 });
});

test('sums: a dimension id must be a non-negative integer', () => {
  assert.throws(() => new SumMap().set(-1, 1), /non-negative integers/);
  assert.throws(() => new SumMap().add(-1, 1), /non-negative integers/);
  assert.throws(() => new SumMap().add(1.5, 1), /non-negative integers/);
});

// Few distinct values, so that the strongest dimensions tie and the order by id decides.
const tied = fc.oneof(op, fc.tuple(fc.constant('set' as const), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -2, max: 3 })));

test('sums: read as a sorted vector, as arrays, and for their strongest dimensions, they give what the naive readings of a Map give', () => {
  const query = fc.uniqueArray(fc.integer({ min: 0, max: 70 }), { maxLength: 30 }).map((ids) => sparseFrom(ids.sort((a, b) => a - b).map((k) => [k, 1 + (k % 7) / 3] as [number, number])));
  fc.assert(fc.property(fc.array(tied, { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), query, (ops, n, q) => {
    const { sums, map } = run(ops);
    // As the writes left it, then packed.
    for (const state of ['as written', 'packed']) {
      if (state === 'packed') sums.pack();
      assert.deepEqual(sums.sorted(), sparseFrom(map), state);
      const { ids, values } = sums.unsorted();
      assert.deepEqual([...ids].map((k, i) => [k, values[i]]).sort((a, b) => a[0]! - b[0]!), [...map].sort((a, b) => a[0] - b[0]), state);
      // The reference: the whole order (value descending, then id), cut at n.
      const naive = sparseNormalized(sparseFrom([...map].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n)));
      assert.deepEqual(strongest(sums, n), naive, state);
      assert.deepEqual(strongest(map, n), naive);
      // A lookup a dimension of the query, in its order.
      let dot = 0;
      for (let i = 0; i < q.ids.length; i++) {
        const y = map.get(q.ids[i]!);
        if (y !== undefined) dot += q.values[i]! * y;
      }
      assert.ok(Object.is(sums.dot(q), dot), state);
      assert.equal(sums.size, map.size);
    }
  }), { numRuns: 300 });
});

test('sparse vectors from entries in any order: what a stable sort of the tuples by id gives, zeros left out', () => {
  const entry = fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0)));
  const near = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -2, max: 2 }));
  fc.assert(fc.property(fc.array(fc.oneof(entry, near), { maxLength: 200 }), (entries) => {
    const list = entries.filter(([, x]) => x !== 0).sort((a, b) => a[0] - b[0]);
    assert.deepEqual(sparseFrom(entries), { ids: Int32Array.from(list, ([k]) => k), values: Float64Array.from(list, ([, x]) => x) });
  }), { numRuns: 500 });
});
