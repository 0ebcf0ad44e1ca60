import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { placesAfterIn } from './german-in-places.ts';
import type { Span } from './spans.ts';

/** The candidate spanning `words`, kept as a person (what the model may make of it), and its type afterwards. */
function typeAfter(text: string, words: string, lang = 'de'): string {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const surface = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const s = spans.find((o) => surface(o) === words);
  assert.ok(s, `no candidate ${words} among ${spans.map(surface).join(', ')}`);
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
