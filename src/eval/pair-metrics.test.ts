import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { pairKey, pairSetScores } from './pair-metrics.ts';

const keys = (pairs: [string, string][]): Set<string> => new Set(pairs.map(([a, b]) => pairKey(a, b)));

test('pairKey ignores order', () => {
  assert.equal(pairKey('a', 'b'), pairKey('b', 'a'));
  assert.notEqual(pairKey('a', 'b'), pairKey('a', 'c'));
});

test('pairKey cannot be forged by ids containing the separator', () => {
  // With a bare "|" separator these two different pairs would share the key "a|b|c".
  assert.notEqual(pairKey('a|b', 'c'), pairKey('a', 'b|c'));
});

test('pairKey rejects a self-pair with a message naming the fix', () => {
  assert.throws(() => pairKey('x', 'x'), /eval\/pairKey.*drop self-pairs/);
});

test('pairKey is injective on unordered pairs', () => {
  const id = fc.string({ maxLength: 4, unit: fc.constantFrom('a', '|', ':', '1', 'é') });
  fc.assert(
    fc.property(id, id, id, id, (a, b, c, d) => {
      fc.pre(a !== b && c !== d);
      const same = (a === c && b === d) || (a === d && b === c);
      assert.equal(pairKey(a, b) === pairKey(c, d), same);
    }),
    { numRuns: 2000 },
  );
});

test('pairSetScores on a hand-computed example', () => {
  const gold = keys([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
  const pred = keys([['b', 'a'], ['d', 'c'], ['a', 'e']]);
  // tp: {a,b} {c,d}; fp: {a,e}; fn: {b,c} {d,e}.
  const { f1, ...rest } = pairSetScores(gold, pred);
  assert.deepEqual(rest, { precision: 2 / 3, recall: 1 / 2, tp: 2, fp: 1, fn: 2 });
  assert.ok(Math.abs(f1 - 4 / 7) <= 1e-12, `f1 ${f1}`);
});

test('pairSetScores edge cases follow the vacuous-perfect rule', () => {
  const none = new Set<string>();
  const some = keys([['a', 'b']]);
  assert.deepEqual(pairSetScores(none, none), { precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
  assert.deepEqual(pairSetScores(some, none), { precision: 1, recall: 0, f1: 0, tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(pairSetScores(none, some), { precision: 0, recall: 1, f1: 0, tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(pairSetScores(some, some), { precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0 });
});

test('pairSetScores equals a naive count and is symmetric in F1', () => {
  const node = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const pairList = fc.array(fc.tuple(node, node).filter(([a, b]) => a !== b), { maxLength: 12 });
  fc.assert(
    fc.property(pairList, pairList, (g, p) => {
      const gold = keys(g);
      const pred = keys(p);
      const tp = [...pred].filter((k) => [...gold].includes(k)).length;
      const s = pairSetScores(gold, pred);
      assert.equal(s.tp, tp);
      assert.equal(s.fp, pred.size - tp);
      assert.equal(s.fn, gold.size - tp);
      assert.equal(s.tp + s.fn, gold.size);
      const swapped = pairSetScores(pred, gold);
      assert.ok(Math.abs(swapped.f1 - s.f1) <= 1e-9);
      assert.equal(swapped.precision, s.recall);
      assert.equal(swapped.recall, s.precision);
    }),
    { numRuns: 500 },
  );
});
