import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { speakersAfterSaying } from './german-speakers.ts';
import type { Span } from './spans.ts';

/** The candidate spanning `words`, kept as a place (what the model may make of it), and its type afterwards. */
function typeAfter(text: string, words: string, lang = 'de'): string {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
  return speakersAfterSaying(c, [{ ...s, type: 'LOC' }])[0]!.type!;
}

test('the name a verb of saying introduces, closing the clause, is a person', () => {
  assert.equal(typeAfter('„Das bringt nichts“, sagte Wolkenzedorf, der das Projekt leitet.', 'Wolkenzedorf'), 'PER');
  assert.equal(typeAfter('Man werde sparen, erklärte Wolkenzedorf.', 'Wolkenzedorf'), 'PER');
});

test('not a place the gazetteer knows, a name the clause goes on after, or outside German', () => {
  assert.equal(typeAfter('Man werde nicht nachgeben, sagte Moskau am Montag.', 'Moskau'), 'LOC');
  assert.equal(typeAfter('Man werde sparen, sagte Wolkenzedorf am Montag.', 'Wolkenzedorf'), 'LOC');
  assert.equal(typeAfter('Man werde sparen, sagte Wolkenzedorf.', 'Wolkenzedorf', 'it'), 'LOC');
});
