import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SumMap } from './sum-map.ts';

const op = fc.oneof(
  fc.tuple(fc.constant('set' as const), fc.integer({ min: 0, max: 60 }), fc.double({ min: -5, max: 5, noNaN: true })),
  fc.tuple(fc.constant('delete' as const), fc.integer({ min: 0, max: 60 }), fc.constant(0)),
  // Ids far apart and near the top of the range, where a weak hash would pile them into one chain.
  fc.tuple(fc.constant('set' as const), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: -5, max: 5, noNaN: true })),
);

test('sums: after any run of sets and deletes, every lookup, the size and the entries are those of a Map', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
    const sums = new SumMap();
    const map = new Map<number, number>();
    for (const [kind, id, x] of ops) {
      if (kind === 'set') {
        sums.set(id, x);
        map.set(id, x);
      } else assert.equal(sums.delete(id), map.delete(id));
    }
    assert.equal(sums.size, map.size);
    for (const [kind, id] of ops) assert.equal(sums.get(id), map.get(id), `${kind} ${id}`);
    assert.deepEqual([...sums].sort((a, b) => a[0] - b[0]), [...map].sort((a, b) => a[0] - b[0]));
  }), { numRuns: 300 });
});

test('sums: a dimension id must be a non-negative integer', () => {
  assert.throws(() => new SumMap().set(-1, 1), /non-negative integers/);
});
