import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { germanNouns } from './german-nouns.ts';
import { dropPluralNouns } from './german-plural-nouns.ts';

const noDictionary = germanNouns() === null;

/** Is the candidate spanning `words`, kept as a place (what the model may make of it), still kept afterwards? */
function keptAfter(text: string, words: string): boolean {
  const { c, span: s } = candidateSpanning(text, words);
  return dropPluralNouns(c, [{ ...s, type: 'LOC', sure: false }]).length === 1;
}

test('a common noun in a plural or abstract form is no name', { skip: noDictionary ? 'dict-freedict-deu-eng not installed' : false }, () => {
  assert.equal(keptAfter('Am Abend kam es zu Bauerndemonstrationen vor dem Rathaus.', 'Bauerndemonstrationen'), false);
  assert.equal(keptAfter('Seit Jahren gibt es keine Rentenerhöhungen mehr.', 'Rentenerhöhungen'), false);
});

test('a town that ends so, or a word the dictionary does not know, stays', { skip: noDictionary ? 'dict-freedict-deu-eng not installed' : false }, () => {
  assert.equal(keptAfter('Am Abend spielte der Verein in Kaiserslautern vor vollen Rängen.', 'Kaiserslautern'), true);
  assert.equal(keptAfter('Am Abend spielte der Verein in Wolkenzern vor vollen Rängen.', 'Wolkenzern'), true);
});
