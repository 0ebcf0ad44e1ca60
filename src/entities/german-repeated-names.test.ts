import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { keepRepeatedNames } from './german-repeated-names.ts';
import type { Span } from './spans.ts';

/** The candidates of a German text, and a function naming a span by its words. */
function candidates(text: string, lang = 'de') {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const words = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  return { c, spans, words };
}

test('a mention the model dropped takes the type of the same words kept elsewhere in the article', () => {
  const text = 'Die Partnerschaft zwischen Wolkenze und Eregli besteht. In Wolkenze wurde gefeiert.';
  const { c, spans, words } = candidates(text);
  const first = spans.find((s) => words(s) === 'Wolkenze')!;
  const kept = [{ ...first, type: 'LOC' as const }];
  const out = keepRepeatedNames(c, spans, kept);
  assert.deepEqual(out.map((s) => `${s.type} ${words(s)} ${c.tokens[s.from]!.start}`), [`LOC Wolkenze ${text.indexOf('Wolkenze')}`, `LOC Wolkenze ${text.lastIndexOf('Wolkenze')}`]);
});

test('only the same words as written, never over a kept name, never a word the article writes in lower case', () => {
  const { c, spans, words } = candidates('Die ER hat geöffnet. Er kam spät. Die ER Wolkenze half.');
  const er = spans.find((s) => words(s) === 'ER')!;
  const erWolkenze = spans.find((s) => words(s) === 'ER Wolkenze');
  const kept = [{ ...er, type: 'ORG' as const }, ...(erWolkenze ? [{ ...erWolkenze, type: 'ORG' as const }] : [])];
  const out = keepRepeatedNames(c, spans, kept);
  assert.equal(out.length, kept.length, out.map(words).join(', '));
});

test('other languages are left as the model made them', () => {
  const { c, spans, words } = candidates('Il sindaco di Wolkenze ha parlato. A Wolkenze si festeggia.', 'it');
  const first = spans.find((s) => words(s) === 'Wolkenze')!;
  assert.equal(keepRepeatedNames(c, spans, [first]).length, 1);
});
