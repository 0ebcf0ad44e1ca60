import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { flatten, nestSpans, type Span } from './spans.ts';

const text = 'Biden sagte: „Japan ist ein Partner“, am Freitag in Washington.';

test('a quote holds the names inside it; the text is kept whole', () => {
  const spans: Span<string>[] = [
    { start: 0, end: 5, rank: 2, item: 'entity:Biden' },
    { start: 14, end: 35, rank: 1, item: 'quote' },
    { start: 14, end: 19, rank: 2, item: 'entity:Japan' },
    { start: 38, end: 48, rank: 2, item: 'date' },
  ];
  const tree = nestSpans(text.length, spans);
  assert.deepEqual(tree.children.map((c) => c.item), ['entity:Biden', 'quote', 'date']);
  assert.deepEqual(tree.children[1]!.children.map((c) => text.slice(c.start, c.end)), ['Japan']);
  assert.equal(flatten(text, tree).map((p) => p.text).join(''), text);
});

test('a span that crosses the end of another is split there, both pieces keeping their item', () => {
  const tree = nestSpans(20, [{ start: 0, end: 10, rank: 0, item: 'a' }, { start: 5, end: 15, rank: 0, item: 'b' }]);
  const pieces = flatten('x'.repeat(20), tree).map((p) => [p.text.length, p.items.join('+')]);
  assert.deepEqual(pieces, [[5, 'a'], [5, 'a+b'], [5, 'b'], [5, '']]);
  assert.equal(tree.children[1]!.continued, true);
});

test('every character is covered by exactly the spans that contain it, in any arrangement', () => {
  const arb = fc.integer({ min: 1, max: 60 }).chain((n) => fc.record({
    n: fc.constant(n),
    spans: fc.array(fc.record({ a: fc.integer({ min: -2, max: n + 2 }), b: fc.integer({ min: -2, max: n + 2 }), rank: fc.integer({ min: 0, max: 3 }) }), { maxLength: 12 }),
  }));
  fc.assert(fc.property(arb, ({ n, spans }) => {
    const text = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const input: Span<number>[] = spans.map((s, i) => ({ start: Math.min(s.a, s.b), end: Math.max(s.a, s.b), rank: s.rank, item: i }));
    const pieces = flatten(text, nestSpans(n, input));
    assert.equal(pieces.map((p) => p.text).join(''), text);
    let at = 0;
    for (const p of pieces) {
      for (let k = at; k < at + p.text.length; k++) {
        const expected = input.filter((s) => s.start <= k && k < s.end).map((s) => s.item).sort((x, y) => x - y);
        assert.deepEqual([...p.items].sort((x, y) => x - y), expected, `at ${k}`);
      }
      at += p.text.length;
    }
  }), { numRuns: 500 });
});
