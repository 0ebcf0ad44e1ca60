import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSpanning } from './entities-testing.ts';
import { cutCommonHeads } from './german-compound-heads.ts';

/** The candidate spanning `words` of a text, typed as the model might have kept it. */
function keptAs(text: string, words: string, lang = 'de') {
  const { c, span: s, surface } = candidateSpanning(text, words, lang);
  return { c, span: { ...s, type: 'LOC' as const, alternative: s.alternative ?? 'run' }, surface };
}

test('a name and a common noun joined by a hyphen leave the name, as a compound modifier', () => {
  const { c, span, surface } = keptAs('Sie las jeden Wolkenze-Reiseführer gern.', 'Wolkenze-Reiseführer');
  assert.deepEqual(cutCommonHeads(c, [span]).map(surface), ['Wolkenze']);
  const english = keptAs('Der neue Wolkenze-Coach kommt.', 'Wolkenze-Coach');
  assert.deepEqual(cutCommonHeads(english.c, [english.span]).map(english.surface), ['Wolkenze']);
});

test('two names joined by a hyphen stay whole, and other languages are left alone', () => {
  const towns = keptAs('Sie wohnt in Wolkenze-Garzenau seit Jahren.', 'Wolkenze-Garzenau');
  assert.deepEqual(cutCommonHeads(towns.c, [towns.span]).map(towns.surface), ['Wolkenze-Garzenau']);
  const it = keptAs('Il sindaco di Wolkenze-Reiseführer ha parlato.', 'Wolkenze-Reiseführer', 'it');
  assert.deepEqual(cutCommonHeads(it.c, [it.span]).map(it.surface), ['Wolkenze-Reiseführer']);
});
