import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { placesAfterIn } from './german-in-places.ts';

/** The candidate spanning `words`, kept as a person (what the model may make of it), and its type afterwards. */
function typeAfter(text: string, words: string, lang = 'de'): string {
  const { c, span: s } = candidateSpanning(text, words, lang);
  return placesAfterIn(c, [{ ...s, type: 'PER', person: false, role: null }])[0]!.type!;
}

test('a person kept right after "in" is a place', () => {
  assert.equal(typeAfter('Der Unfall geschah in Wolkenze über Nacht.', 'Wolkenze'), 'LOC');
  assert.equal(typeAfter('In Wolkenze traf es kurz vor 20 Uhr ein Haus.', 'Wolkenze'), 'LOC');
});

test('unless a noun follows, whose possessor it is, or it is a given name in the genitive, or not German', () => {
  assert.equal(typeAfter('Er arbeitete in Wolkenzes Kanzlei.', 'Wolkenzes'), 'PER');
  assert.equal(typeAfter('Er tanzte in Michael Jacksons „Thriller“ mit.', 'Michael Jacksons'), 'PER');
  assert.equal(typeAfter('Il sindaco è in Wolkenze da ieri.', 'Wolkenze', 'it'), 'PER');
});
