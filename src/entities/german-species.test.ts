import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { dropSpecies } from './german-species.ts';
import { wordListForms } from './word-list.ts';

const noList = wordListForms('ngerman') === null;

/** Is the candidate spanning `words`, kept as a person (what the model may make of it), still kept afterwards? */
function keptAfter(text: string, words: string): boolean {
  const { c, span: s } = candidateSpanning(text, words);
  return dropSpecies(c, [{ ...s, type: 'PER' }]).length === 1;
}

test('a genus before its Latin species is no name', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(keptAfter('Im Teich lebt der Molch ( Wolkenzus alpestris ) in großer Zahl.', 'Wolkenzus'), false);
  assert.equal(keptAfter('Die Pflanze ( Wolkenzia nyctaginoides ) blüht im Mai.', 'Wolkenzia'), false);
});

test('a name before a German word stays, whatever its ending', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(keptAfter('Nach dem Spiel ging Wolkenze hinaus.', 'Wolkenze'), true);
  assert.equal(keptAfter('Am Abend kümmerte sich Wolkenze darum.', 'Wolkenze'), true);
});
