import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { foreignPlaces } from './german-foreign-places.ts';

/** The candidate spanning `words`, kept as a person (what the model may make of it), and its type afterwards. */
function typeAfter(text: string, words: string, lang = 'de'): string {
  const { c, span: s } = candidateSpanning(text, words, lang);
  return foreignPlaces(c, [{ ...s, type: 'PER', person: false, role: null }])[0]!.type!;
}

test('a Romance place word with its particle, or an English place noun at the end, makes a place', () => {
  assert.equal(typeAfter('Wir badeten am Lido di Wolkenze im August.', 'Lido di Wolkenze'), 'LOC');
  assert.equal(typeAfter('Der Weg führt durch die Gorge du Wolkenze hinab.', 'Gorge du Wolkenze'), 'LOC');
  assert.equal(typeAfter('Am Ufer des Wolkenze River stand ein Haus.', 'Wolkenze River'), 'LOC');
});

test('but not a person named so, a place word without its particle, or outside German', () => {
  assert.equal(typeAfter('Das Tor schoss Rio Wolkenze in der Nachspielzeit.', 'Rio Wolkenze'), 'PER');
  assert.equal(typeAfter('Gestern sprach Petra Wolkenze im Rathaus.', 'Petra Wolkenze'), 'PER');
  assert.equal(typeAfter('Abbiamo visto Lido di Wolkenze ieri.', 'Lido di Wolkenze', 'it'), 'PER');
});
