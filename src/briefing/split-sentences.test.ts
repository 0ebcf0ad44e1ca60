import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './split-sentences.ts';

const one = (text: string) => splitSentences(text, [{ start: 0, end: text.length, kind: 'body', repeatOf: null }]).map((s) => text.slice(s.start, s.end));

test('sentences: dates with ordinal periods, abbreviations and initials do not end a sentence', () => {
  assert.deepEqual(one('Biden traf Kishida am 13. Januar in Washington. Danach sprach Dr. Müller mit J. Smith.'), [
    'Biden traf Kishida am 13. Januar in Washington.',
    'Danach sprach Dr. Müller mit J. Smith.',
  ]);
});

test('sentences: quotes and question marks end sentences; the last sentence needs no period', () => {
  assert.deepEqual(one('„Wir stehen zusammen.“ Das sagte er. Warum? Weil es so ist'), ['„Wir stehen zusammen.“', 'Das sagte er.', 'Warum?', 'Weil es so ist']);
});

test('sentences: repeated paragraphs and captions are left out', () => {
  const text = 'Erster Satz. Zweiter Satz.\nBildunterschrift.\nErster Satz. Zweiter Satz.';
  const spans = splitSentences(text, [
    { start: 0, end: 26, kind: 'body', repeatOf: null },
    { start: 27, end: 44, kind: 'caption', repeatOf: null },
    { start: 45, end: 71, kind: 'body', repeatOf: 0 },
  ]);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Erster Satz.', 'Zweiter Satz.']);
});
