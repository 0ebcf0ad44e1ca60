import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaults } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { bestLabel, fixedType, retypeSpans, typeScores, type TypeModel } from './retype-spans.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

function candidates(text: string, lang: string): { c: TokenContext; spans: Span[] } {
  const rec = analyzeArticle(rawArticle('t', text, { declaredLang: lang }), defaults);
  const { context, spans } = ruleTypedSpans({ text: rec.text, paragraphs: rec.paragraphs, lang, tokens: rec.tokens }, true);
  return { c: context, spans };
}

const words = (c: TokenContext, s: Span): string => c.tokens.slice(s.from, s.to).map((t) => c.text.slice(t.start, t.end)).join(' ');
const model = (weights: Record<string, number[]>, oMargin = 0): TypeModel => ({ lang: 'it', trainedOn: 'test', oMargin, weights });

test('scores add up the weights of the features present, and the best label wins', () => {
  const m = model({ a: [1, 0, 0, 0], b: [0, 2, 0, 0], c: [0, 0, 0, 5] });
  assert.deepEqual(typeScores(m, ['a', 'b', 'unknown']), [1, 2, 0, 0]);
  assert.equal(bestLabel(typeScores(m, ['a', 'b'])), 'LOC');
  assert.equal(bestLabel(typeScores(m, ['c', 'a'])), 'O');
});

test('alternatives include the parts of a name joined by a lower-case word', () => {
  const { c, spans } = candidates('I soccorritori sono coordinati dalla Prefettura di Ascoli e dalla Protezione civile.', 'it');
  const all = spans.map((s) => words(c, s));
  assert.ok(all.includes('Prefettura di Ascoli'), all.join(' | '));
  assert.ok(all.includes('Prefettura') && all.includes('Ascoli'), all.join(' | '));
});

test('overlapping candidates: the most confident is kept and nothing kept overlaps', () => {
  const { c, spans } = candidates('I soccorritori sono coordinati dalla Prefettura di Ascoli e dalla Protezione civile.', 'it');
  // Parts beat wholes in this model; the whole is still a candidate that could win alone.
  const m = model({ bias: [0, 0, 1, 0], 'alt=part': [0, 0, 2, 0], 'len=3': [0, 6, 0, 0] });
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), m);
  const names = kept.map((s) => `${s.type} ${words(c, s)}`);
  assert.ok(names.includes('LOC Prefettura di Ascoli'), names.join(' | '));
  for (let i = 1; i < kept.length; i++) assert.ok(kept[i - 1]!.to <= kept[i]!.from, 'no two kept spans overlap');
  const partsFirst = model({ bias: [0, 0, 1, 0], 'alt=part': [0, 0, 9, 0], 'len=3': [0, 6, 0, 0] });
  const kept2 = retypeSpans(c, spans.map((s) => ({ ...s })), partsFirst).map((s) => `${s.type} ${words(c, s)}`);
  assert.ok(kept2.includes('ORG Prefettura') && kept2.includes('ORG Ascoli'), kept2.join(' | '));
});

test('the drop margin: a candidate is dropped only when no-name outscores every type by more than the margin', () => {
  const { c, spans } = candidates('Oggi è arrivato Mario Rossi.', 'it');
  const weights = { bias: [1, 0, 0, 1.5] };
  assert.equal(retypeSpans(c, spans.map((s) => ({ ...s })), model(weights, 0)).length, 0);
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model(weights, 1));
  assert.ok(kept.some((s) => words(c, s) === 'Mario Rossi' && s.type === 'PER'));
});

test('a whole name the gazetteer knows keeps its type, whatever the model says', () => {
  const { c, spans } = candidates('Il Giappone ha firmato un accordo.', 'it');
  const japan = spans.find((s) => words(c, s) === 'Giappone')!;
  assert.ok(fixedType(japan));
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [0, 0, 10, 0] }));
  const k = kept.find((s) => words(c, s) === 'Giappone');
  assert.equal(k?.type, 'LOC');
  assert.ok(k?.id);
});

test('property: any Italian text gives mentions that do not overlap and lie inside it', async () => {
  const fc = (await import('fast-check')).default;
  const { entitiesOf } = await import('./entities-testing.ts');
  const words = ['Corea', 'del', 'Nord', 'Stati', 'Uniti', 'Mario', 'Rossi', 'di', 'della', 'Prefettura', 'Ascoli', 'il', 'la', 'e',
    'Secondo', 'Dell', 'ha', 'detto', 'Roma', ',', '.', '-', 'Banca', "d'Italia", 'NATO', 'Giappone', 'oggi', 'Organizzazione', 'Mondiale', 'Sanità'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (ws) => {
    const text = ws.join(' ');
    const ms = entitiesOf(text, 'it');
    for (const m of ms) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end && text.slice(m.start, m.end) === m.text);
    for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1]!.end <= ms[i]!.start, 'mentions in order, no overlap');
  }), { numRuns: 300, examples: [[['la', 'Corea', 'del', 'Nord']]] });
});

test('German: a lone organisation word and a code are no names, however the model leans; a sure name wins its overlaps', () => {
  const { c, spans } = candidates('Am Montag prüfte die Polizei die ISBN und den 1. FC Nürnberg.', 'de');
  // A model that calls everything an organisation, parts of names most of all.
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [0, 0, 5, 0], 'alt=part': [0, 0, 9, 0] }))
    .map((s) => `${s.type} ${words(c, s)}`);
  assert.deepEqual(kept.filter((k) => /Polizei|ISBN/.test(k)), []);
  assert.ok(kept.includes('ORG 1 FC Nürnberg'), kept.join(' | '));
});

test('German: a name read as a person from a role or a verb of saying stays a person, however the model leans', () => {
  const { c, spans } = candidates('Gestern sagte Merlau das, und heute bestätigte Trainer Brylka es.', 'de');
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [0, 5, 0, 0] }, 9)).map((s) => `${s.type} ${words(c, s)}`);
  assert.ok(kept.includes('PER Merlau') && kept.includes('PER Brylka'), kept.join(' | '));
});

test('German: one word ending in a place noun is a place the model may drop; a street of two words stays', () => {
  const { c, spans } = candidates('Der Sturm traf den Glasberg und die Lindauer Straße.', 'de');
  // A model that drops every candidate it is free to drop.
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [0, 1, 0, 9] })).map((s) => `${s.type} ${words(c, s)}`);
  assert.deepEqual(kept, ['LOC Lindauer Straße']);
});

test('German: an unknown sentence opener before a regular finite verb is its subject and kept; before a noun it is weighed', () => {
  const { c, spans } = candidates('Wolkenze arbeitete lange in Hamburg. Andererseits Regen am Abend.', 'de');
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [0, 1, 0, 9] })).map((s) => `${s.type} ${words(c, s)}`);
  assert.ok(kept.includes('PER Wolkenze'), kept.join(' | '));
  assert.ok(!kept.some((k) => k.endsWith('Andererseits')), kept.join(' | '));
});

test('German: an initial and its dot before a capitalised word make a person\'s name the model keeps', () => {
  const { c, spans } = candidates('Das Buch schrieb er zusammen mit H. Wolkenze im Winter.', 'de');
  // A model that would drop every candidate it is free to drop.
  const kept = retypeSpans(c, spans.map((s) => ({ ...s })), model({ bias: [1, 0, 0, 9] })).map((s) => `${s.type} ${words(c, s)}`);
  assert.deepEqual(kept, ['PER H Wolkenze']);
});
