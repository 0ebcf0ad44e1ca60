import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { keepUnknownOpeners } from './german-openers.ts';
import type { Span } from './spans.ts';
import { wordListForms } from './word-list.ts';

const noList = wordListForms('ngerman') === null;

/** The candidate spanning `words`, kept as a person (what the model may make of it), and the name afterwards. */
function nameAfter(text: string, words: string, lang = 'de'): string {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words && !o.alternative) ?? spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
  return surface(keepUnknownOpeners(c, [{ ...s, type: 'PER' }])[0]!);
}

test('an unknown sentence opener before a kept person is the name\'s first word', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(nameAfter('Zuvor war alles ruhig. Fredrika Wolkenzedorf: Erinnerungen an Bonn.', 'Wolkenzedorf'), 'Fredrika Wolkenzedorf');
});

test('a known opener stays out: an adverb, a noun, a verb form, or any word outside German', { skip: noList ? 'wngerman not installed' : false }, () => {
  assert.equal(nameAfter('Zuvor war alles ruhig. Bereits Wolkenzedorf wusste das.', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Zuvor war alles ruhig. Leben Wolkenzedorf stammte aus Bonn.', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Zuvor war alles ruhig. Befürwortet Wolkenzedorf das?', 'Wolkenzedorf'), 'Wolkenzedorf');
  assert.equal(nameAfter('Tutto era calmo. Fredrika Wolkenzedorf: ricordi di Bonn.', 'Wolkenzedorf', 'it'), 'Wolkenzedorf');
});
