import assert from 'node:assert/strict';
import { test } from 'node:test';
import { germanNouns, germanWords } from './german-nouns.ts';

const requireAll = process.env.PARALLAX_REQUIRE_ALL === '1';
const noDictionary = germanNouns() === null;

test('words the dictionary lists only in a phrase with a gap are words ("insofern … als", "andererseits … wieder")', { skip: noDictionary && !requireAll ? 'dict-freedict-deu-eng not installed' : false }, () => {
  assert.ok(!noDictionary, 'needs dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)');
  const words = germanWords()!;
  for (const w of ['insofern', 'andererseits', 'zudem']) assert.ok(words.has(w), w);
  // The phrase's other words are not headwords of their own by this rule; capitalised ones never.
  assert.ok(!words.has('frage') && !words.has('Frage'));
});
