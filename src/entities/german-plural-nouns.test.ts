import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { germanNouns } from './german-nouns.ts';
import { dropPluralNouns } from './german-plural-nouns.ts';
import type { Span } from './spans.ts';

const noDictionary = germanNouns() === null;

/** Is the candidate spanning `words`, kept as a place (what the model may make of it), still kept afterwards? */
function keptAfter(text: string, words: string): boolean {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang: 'de', tokens: tokensOf(text, paragraphs, 'de') }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
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
