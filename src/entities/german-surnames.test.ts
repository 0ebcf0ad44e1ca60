import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { joinSurnames } from './german-surnames.ts';

/** The candidate spanning `words`, kept alone as a person (what the model may make of it), and the name afterwards. */
function nameAfter(text: string, words: string): string {
  const { c, span: s, surface } = candidateSpanning(text, words);
  return surface(joinSurnames(c, [{ ...s, type: 'PER', role: null }])[0]!);
}

test('a kept person takes the capitalised word that ends the phrase', () => {
  assert.equal(nameAfter('Im Sommer verlässt Ørjan Wolkenzeborn die Band.', 'Ørjan'), 'Ørjan Wolkenzeborn');
  assert.equal(nameAfter('Das forderte Ørjan Müller-Wolkenze am Montag.', 'Ørjan'), 'Ørjan Müller-Wolkenze');
  assert.equal(nameAfter('Sie besiegte Hagar Wolkenze Finer im Finale.', 'Hagar Wolkenze'), 'Hagar Wolkenze Finer');
});

test('not a possessor, a dictionary noun, or a name that goes on', () => {
  assert.equal(nameAfter('Alle warten auf Wolkenzes Entscheidung.', 'Wolkenzes'), 'Wolkenzes');
  assert.equal(nameAfter('Am Abend dankte Ørjan Helfern und Gästen.', 'Ørjan'), 'Ørjan');
  assert.equal(nameAfter('Am Abend sprach Ørjan Wolkenzeborn Tamberg an.', 'Ørjan'), 'Ørjan');
});
