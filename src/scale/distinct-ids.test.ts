import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DistinctIds } from './distinct-ids.ts';
import { Random } from './random.ts';

test('scale ids: a new id is kept, a repeated one gets the lowest free suffix', () => {
  const ids = new DistinctIds();
  assert.deepEqual(['a1', 'a2', 'a1', 'a1', 'a1-2', 'a2'].map((d) => ids.issue(d)), ['a1', 'a2', 'a1-2', 'a1-3', 'a1-2-2', 'a2-2']);
  assert.equal(ids.size, 6);
});

test('scale ids: against a naive reference, every issued id is distinct and first draws are unchanged', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', 'a-2', 'c', 'b-2-2', 'a-3'), { maxLength: 60 }), (drawn) => {
      const ids = new DistinctIds();
      const out = drawn.map((d) => ids.issue(d));
      assert.equal(new Set(out).size, out.length);
      // The naive reference: an id is kept when no earlier output holds it.
      const seen: string[] = [];
      drawn.forEach((d, i) => {
        if (!seen.includes(d)) assert.equal(out[i], d);
        else assert.ok(out[i]!.startsWith(`${d}-`));
        seen.push(out[i]!);
      });
    }),
  );
});

test('scale ids: the per-article generators do collide, which is why the ids are made distinct', () => {
  // 200,000 articles, their generators derived as the corpus derives them: with 2^32 states a few
  // repeats are expected (n²/2^33 is about five); finding none would mean DistinctIds' note no longer holds.
  const drawn = new Set<string>();
  let repeated = 0;
  for (let k = 0; k < 200_000; k++) {
    const id = `a${Random.derive(1, 3, k >> 8, k & 255).hex()}`;
    if (drawn.has(id)) repeated++;
    drawn.add(id);
  }
  assert.ok(repeated > 0, 'no two of 200,000 derived ids were the same');
});
