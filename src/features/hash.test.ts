import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fnv1a, fnv1aWords } from './hash.ts';

test('fnv1aWords hashes the words joined by single spaces, as fnv1a of the joined string', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }), fc.nat(8), fc.nat(8), (words, x, y) => {
    const from = Math.min(x, y, words.length);
    const to = Math.min(Math.max(x, y), words.length);
    assert.equal(fnv1aWords(words, from, to), fnv1a(words.slice(from, to).join(' ')));
  }));
  assert.equal(fnv1aWords(['a', 'b'], 0, 2), fnv1a('a b'));
});
