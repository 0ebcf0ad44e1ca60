import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { speakersAfterSaying } from './german-speakers.ts';

/** The candidate spanning `words`, kept as a place (what the model may make of it), and its type afterwards. */
function typeAfter(text: string, words: string, lang = 'de'): string {
  const { c, span: s } = candidateSpanning(text, words, lang);
  return speakersAfterSaying(c, [{ ...s, type: 'LOC' }])[0]!.type!;
}

test('the name a verb of saying introduces, closing the clause, is a person', () => {
  assert.equal(typeAfter('„Das bringt nichts“, sagte Wolkenzedorf, der das Projekt leitet.', 'Wolkenzedorf'), 'PER');
  assert.equal(typeAfter('Man werde sparen, erklärte Wolkenzedorf.', 'Wolkenzedorf'), 'PER');
});

test('not a place the gazetteer knows, a name the clause goes on after, or outside German', () => {
  assert.equal(typeAfter('Man werde nicht nachgeben, sagte Moskau am Montag.', 'Moskau'), 'LOC');
  assert.equal(typeAfter('Man werde sparen, sagte Wolkenzedorf am Montag.', 'Wolkenzedorf'), 'LOC');
  assert.equal(typeAfter('Man werde sparen, sagte Wolkenzedorf.', 'Wolkenzedorf', 'it'), 'LOC');
});
