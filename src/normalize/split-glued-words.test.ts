import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findGlueSplit } from './split-glued-words.ts';
import { stopwordsFor } from '../language/stopwords.ts';

const vocab = (s: string) => new Set(s.toLowerCase().split(/\s+/));

test('glued words: a lower-case word fused with a capitalised word of the article is split', () => {
  assert.equal(findGlueSplit('inChina', vocab('china japan biden'), stopwordsFor('de')), 2);
  assert.equal(findGlueSplit('inBrussels', vocab('brussels'), stopwordsFor('en')), 2);
});

test('glued words: a name fused with a function word is split at the longest known name', () => {
  assert.equal(findGlueSplit('Japanwährend', vocab('japan china'), stopwordsFor('de')), 5);
  assert.equal(findGlueSplit('Parisvor', vocab('paris'), stopwordsFor('de')), 5);
});

test('glued words: compounds and unknown halves are left alone', () => {
  const de = stopwordsFor('de');
  assert.equal(findGlueSplit('Bundesregierung', vocab('bundes regierung'), de), null, 'no function word on the right');
  assert.equal(findGlueSplit('iPhone', vocab('phone'), stopwordsFor('en')), null, 'too short');
  assert.equal(findGlueSplit('inKalamata', vocab('athens'), stopwordsFor('en')), null, 'right half is not a word of the article');
  assert.equal(findGlueSplit('McDonald', vocab('donald'), stopwordsFor('en')), null, 'left half is no word');
});
