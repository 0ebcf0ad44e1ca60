import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokensOf } from '../eval/ner-eval.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { joinSlashedPlaces } from './german-slash-names.ts';
import type { Span } from './spans.ts';
import type { EntityType } from './entity.ts';

/** The rules' candidates of a text, typed as given by their words (as the model would have kept them). */
function kept(text: string, types: Record<string, EntityType>, lang = 'de') {
  const paragraphs = [{ start: 0, end: text.length, kind: 'body' as const, repeatOf: null }];
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const words = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const chosen = Object.entries(types).map(([w, type]) => {
    const s = spans.find((o) => words(o) === w);
    assert.ok(s, `no candidate ${w} among ${spans.map(words).join(', ')}`);
    return { ...s, type };
  });
  return { c, chosen: chosen.sort((a, b) => a.from - b.from), words };
}

test('two places across a bare slash are one place', () => {
  const { c, chosen, words } = kept('München/Hamburg - Der Konzern Wolkenze meldet Gewinne.', { München: 'LOC', Hamburg: 'LOC', 'Konzern Wolkenze': 'ORG' });
  assert.deepEqual(joinSlashedPlaces(c, chosen).map((s) => `${s.type} ${words(s)}`), ['LOC München/Hamburg', 'ORG Konzern Wolkenze']);
});

test('the ends of a line joined by an en dash are one place', () => {
  const { c, chosen, words } = kept('Die Strecke München–Hamburg wurde stillgelegt.', { München: 'LOC', Hamburg: 'LOC' });
  assert.deepEqual(joinSlashedPlaces(c, chosen).map((s) => `${s.type} ${words(s)}`), ['LOC München–Hamburg']);
});

test('not across a spaced slash, nor between a place and another kind, nor in other languages', () => {
  const spaced = kept('Er pendelt zwischen München / Hamburg.', { München: 'LOC', Hamburg: 'LOC' });
  assert.equal(joinSlashedPlaces(spaced.c, spaced.chosen).length, 2);
  const mixed = kept('Wolkenze/Hamburg meldet Gewinne.', { Wolkenze: 'ORG', Hamburg: 'LOC' });
  assert.equal(joinSlashedPlaces(mixed.c, mixed.chosen).length, 2);
  const italian = kept('Milano/Roma - Il governo ha deciso.', { Milano: 'LOC', Roma: 'LOC' }, 'it');
  assert.equal(joinSlashedPlaces(italian.c, italian.chosen).length, 2);
});
