import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { keepUnknownOpeners } from './german-openers.ts';
import { wordListForms } from './word-list.ts';

const noList = wordListForms('ngerman') === null;

/** The candidate spanning `words`, kept as a person (what the model may make of it), and the name afterwards. */
function nameAfter(text: string, words: string, lang = 'de'): string {
  const { c, span: s, surface } = candidateSpanning(text, words, lang, (o) => !o.alternative);
  return surface(keepUnknownOpeners(c, [{ ...s, type: 'PER' }])[0]!);
}

test('an unknown sentence opener before a kept person is the name\'s first word', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(nameAfter('Zuvor war alles ruhig. Fredrika Wolkenzedorf: Erinnerungen an Bonn.', 'Wolkenzedorf'), 'Fredrika Wolkenzedorf');
});

test('a known opener stays out: an adverb, a noun, a verb form, or any word outside German', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(nameAfter('Zuvor war alles ruhig. Bereits Wolkenzedorf wusste das.', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Zuvor war alles ruhig. Leben Wolkenzedorf stammte aus Bonn.', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Zuvor war alles ruhig. Befürwortet Wolkenzedorf das?', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Tutto era calmo. Fredrika Wolkenzedorf: ricordi di Bonn.', 'Wolkenzedorf', 'it'), 'Wolkenzedorf');
});
