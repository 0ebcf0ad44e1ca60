import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PostingIndex } from './posting-index.ts';

/** The naive index: every id ever added to a key, once, where it was added last; the last `cap` read. */
class NaiveIndex {
  readonly lists = new Map<string | number, string[]>();
  constructor(private readonly cap: number) {}
  add(key: string | number, id: string): void {
    this.lists.set(key, [...(this.lists.get(key) ?? []).filter((x) => x !== id), id]);
  }
  get(key: string | number): string[] {
    return (this.lists.get(key) ?? []).slice(-this.cap);
  }
}

const key = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('a', 'b', 'said'));
const id = fc.constantFrom('x', 'y', 'z', 'w', 'v');

test('postings: what a key reads and what a query hits are those of the naive index, for keys held by one id or by many', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(key, id), { maxLength: 80 }), fc.array(key, { maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (cap, adds, query, min) => {
    const index = new PostingIndex<string>(cap);
    const naive = new NaiveIndex(cap);
    for (const [k, i] of adds) {
      index.add(k, i);
      naive.add(k, i);
    }
    for (const k of new Set([...adds.map(([k]) => k), ...query])) assert.deepEqual([...index.get(k)], naive.get(k), `key ${String(k)}`);
    const expected = new Map<string, number>();
    for (const k of query) for (const i of naive.get(k)) expected.set(i, (expected.get(i) ?? 0) + 1);
    for (const [i, n] of expected) if (n < min) expected.delete(i);
    assert.deepEqual([...index.hits(query, min)], [...expected]);
  }), { numRuns: 300 });
});

test('postings: an id taken off a key is never read or hit again; lists never trimmed read as the naive index without it', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(key, id), { maxLength: 60 }), fc.array(fc.tuple(key, id), { maxLength: 20 }), (cap, adds, removes) => {
    const index = new PostingIndex<string>(cap);
    const naive = new NaiveIndex(cap);
    const added = new Map<string | number, Set<string>>();
    for (const [k, i] of adds) {
      // As the corpus uses it: an article is posted under a key once.
      if (added.get(k)?.has(i)) continue;
      added.set(k, (added.get(k) ?? new Set()).add(i));
      index.add(k, i);
      naive.add(k, i);
    }
    for (const [k, i] of removes) {
      index.remove(k, i);
      naive.lists.set(k, (naive.lists.get(k) ?? []).filter((x) => x !== i));
    }
    for (const [k, ids] of added) {
      const read = [...index.get(k)];
      for (const [rk, ri] of removes) if (rk === k) assert.ok(!read.includes(ri), `${ri} still read under ${String(k)}`);
      if (ids.size <= 2 * cap) assert.deepEqual(read, naive.get(k), `key ${String(k)}`);
      for (const [rk, ri] of removes) if (rk === k) assert.ok(!index.hits([k]).has(ri));
    }
  }), { numRuns: 300 });
});

test('posting index: retain reads as taking each rejected id off every key one by one; a list left with one id holds it alone, an empty key is gone', () => {
  const lists = [['a', ['x', 'y', 'z']], ['b', ['y']], ['c', ['x', 'y']], ['d', ['z', 'x', 'w', 'v', 'u', 'x']]] as const;
  const swept = new PostingIndex<string>(3);
  const reference = new PostingIndex<string>(3);
  for (const [k, ids] of lists) for (const id of ids) {
    swept.add(k, id);
    reference.add(k, id);
  }
  for (const [k, ids] of lists) for (const id of ids) if (id === 'x' || id === 'y') reference.remove(k, id);
  swept.retain((id) => id !== 'x' && id !== 'y');
  for (const [k] of lists) assert.deepEqual(swept.get(k), reference.get(k), k);
  assert.deepEqual(swept.get('b'), []);
  assert.deepEqual([...swept.hits(['a', 'b', 'c', 'd'])], [['z', 1], ['w', 1], ['v', 1], ['u', 1]]);
});

test('posting index: two ids taking turns at a key are each posted once, the one added last read last', () => {
  const index = new PostingIndex<string>(3);
  for (const id of ['a', 'b', 'a', 'b', 'a', 'b']) index.add('k', id);
  assert.deepEqual(index.get('k'), ['a', 'b']);
  assert.deepEqual([...index.hits(['k'])], [['a', 1], ['b', 1]]);
  index.add('k', 'c');
  index.add('k', 'a');
  assert.deepEqual(index.get('k'), ['b', 'c', 'a']);
});

test('posting index: appending an id no list holds reads as adding it, with adds and removes of other ids between', () => {
  const op = fc.oneof(fc.tuple(fc.constant('add' as const), key, id), fc.tuple(fc.constant('remove' as const), key, id), fc.tuple(fc.constant('new' as const), key, fc.integer({ min: 0, max: 3 })));
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 80 }), (cap, ops) => {
    const added = new PostingIndex<string>(cap);
    const appended = new PostingIndex<string>(cap);
    // A fresh id is posted under one or more keys, each once, in a run, as a new article's entry is.
    let fresh = 0;
    for (const [kind, k, x] of ops) {
      if (kind === 'new') {
        const i = `n${fresh++}`;
        for (let j = 0; j <= x; j++) {
          added.add(typeof k === 'number' ? k + j : `${k}${j}`, i);
          appended.append(typeof k === 'number' ? k + j : `${k}${j}`, i);
        }
      } else {
        added[kind](k, x);
        appended[kind](k, x);
      }
    }
    const keys = new Set(ops.flatMap(([kind, k, x]) => (kind === 'new' ? Array.from({ length: x + 1 }, (_, j) => (typeof k === 'number' ? k + j : `${k}${j}`)) : [k])));
    for (const k of keys) assert.deepEqual([...appended.get(k)], [...added.get(k)], `key ${String(k)}`);
    assert.deepEqual([...appended.hits(keys)], [...added.hits(keys)]);
  }), { numRuns: 300 });
});
