import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { dropSpecies } from './german-species.ts';
import type { Span } from './spans.ts';
import { wordListForms } from './word-list.ts';

const noList = wordListForms('ngerman') === null;

/** Is the candidate spanning `words`, kept as a person (what the model may make of it), still kept afterwards? */
function keptAfter(text: string, words: string): boolean {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang: 'de', tokens: tokensOf(text, paragraphs, 'de') }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
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
