import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PostingIndex } from './posting-index.ts';

/** The naive index: every id ever added to a key (a repeat of the last one skipped), the last `cap` read. */
class NaiveIndex {
  readonly lists = new Map<string | number, string[]>();
  constructor(private readonly cap: number) {}
  add(key: string | number, id: string): void {
    const list = this.lists.get(key) ?? [];
    if (list[list.length - 1] !== id) list.push(id);
    this.lists.set(key, list);
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
