import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shingles } from './extract-features.ts';
import { fnv1a } from './hash.ts';

/** The definition: hashes of every 5-word window joined by spaces (the whole text when shorter), sorted and unique. */
function naiveShingles(words: string[]): number[] {
  const windows = words.length > 0 && words.length < 5 ? [words] : words.slice(0, Math.max(0, words.length - 4)).map((_, i) => words.slice(i, i + 5));
  return [...new Set(windows.map((w) => fnv1a(w.join(' '))))].sort((a, b) => a - b);
}

test('shingles: the sorted unique hashes of the 5-word windows, repeats and short texts included', () => {
  // Few distinct words, so that windows repeat and duplicates must be dropped.
  const words = fc.array(fc.constantFrom('a', 'b', 'c', 'über', 'été'), { maxLength: 40 });
  fc.assert(fc.property(words, (ws) => {
    const got = shingles(ws);
    assert.ok(got instanceof Uint32Array);
    assert.deepEqual([...got], naiveShingles(ws));
    assert.equal(got.buffer.byteLength, got.length * 4);
  }), { numRuns: 3000 });
});
