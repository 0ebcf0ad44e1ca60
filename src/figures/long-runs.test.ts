import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from './extract-figures.ts';

// Hostile input, not speed: an unbounded number pattern made this paragraph take minutes (quadratic).
test('figures: a 100 KB run of spaced digits is read without hanging, as short numbers', () => {
  const text = '1 '.repeat(50_000);
  const started = Date.now();
  const figures = extractFigures({ text, paragraphs: [{ start: 0, end: text.length, kind: 'body', repeatOf: null }], lang: 'de' });
  assert.ok(Date.now() - started < 10_000, 'no hang');
  for (const f of figures) assert.ok(f.end - f.start < 64, 'no figure spans the run');
});
