import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { tokenContext } from './token-context.ts';

/** Is the word `word` of a one-paragraph German text read as a given name? */
function givenName(text: string, word: string): boolean {
  const tokens = tokensOf(text, [{ start: 0, end: text.length }] as never, 'de');
  const c = tokenContext(text, tokens, 'de');
  const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  assert.ok(i >= 0, `no token "${word}" in "${text}"`);
  return c.firstName[i]!;
}

test('a month that is also a given name is one before a name, with no date around it', () => {
  assert.equal(givenName('Das Buch schrieb Jan Ostrowski im Winter.', 'Jan'), true);
  assert.equal(givenName('Die Briefe von August Wolkenze liegen im Archiv.', 'August'), true);
  // The short month takes its dot; a preposition or a day makes a date.
  assert.equal(givenName('Seit Jan. Ostrowski im Amt ist, läuft es.', 'Jan'), false);
  assert.equal(givenName('Im August Berlin zu besuchen lohnt sich.', 'August'), false);
  assert.equal(givenName('Am 3. August Wolkenze zu treffen war schwer.', 'August'), false);
  // A noun after the month leaves it a month.
  assert.equal(givenName('Nach dem August Gewinne zu machen ist leicht.', 'August'), false);
});
